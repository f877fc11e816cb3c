// Decision pages, only after a search: marks the searched words with Pagefind's highlighter,
// loaded on demand. A file of its own (not an inline script) so the Content-Security-Policy can
// refuse every inline script; the bundle is found relative to this file, so BASE_PATH just works.
if (new URLSearchParams(location.search).has("highlight")) {
  import(new URL("pagefind/pagefind-highlight.js", import.meta.url).href)
    // addStyles: false: its own inline <style> would break the CSP; global.css styles the marks.
    .then((m) => new (m.default ?? window.PagefindHighlight)({ highlightParam: "highlight", addStyles: false }))
    .catch(() => {});
}
