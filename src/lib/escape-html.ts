// Text put into HTML by hand (Pagefind's results in the browser, the feed's HTML fields, a decision
// page's related decisions): every
// character that could end a text or an attribute becomes a numeric reference.

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
