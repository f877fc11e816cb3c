// Decision pages, only after a search: marks the searched words with Pagefind's highlighter,
// loaded on demand, then offers "Match 1 of 7" with previous/next buttons and a jump to the first.
// A file of its own (not an inline script) so the Content-Security-Policy can refuse every inline
// script; the bundle is found relative to this file, so BASE_PATH just works.
if (new URLSearchParams(location.search).has("highlight")) {
  import(new URL("pagefind/pagefind-highlight.js", import.meta.url).href)
    // addStyles: false: its own inline <style> would break the CSP; global.css styles the marks.
    .then((m) => {
      new (m.default ?? window.PagefindHighlight)({ highlightParam: "highlight", addStyles: false });
      // The highlighter marks the page once it has loaded; wait for that.
      if (document.readyState === "complete") setTimeout(matchNav, 0);
      else window.addEventListener("load", () => setTimeout(matchNav, 0), { once: true });
    })
    .catch(() => {});
}

function matchNav() {
  const marks = [...document.querySelectorAll("mark.pagefind-highlight")].filter((m) => m.getClientRects().length > 0);
  const heading = document.querySelector("h1");
  if (marks.length === 0 || !heading) return;
  marks.forEach((m, i) => {
    m.id = `match-${i + 1}`;
    m.tabIndex = -1;
  });
  let at = -1;
  const nav = document.createElement("nav");
  nav.className = "match-nav no-print";
  nav.setAttribute("aria-label", "Matches of your search");
  const position = document.createElement("p");
  position.setAttribute("role", "status");
  const label = () =>
    at < 0 ? `${marks.length} ${marks.length === 1 ? "match" : "matches"} of your search` : `Match ${at + 1} of ${marks.length}`;
  position.textContent = label();
  const go = (i) => {
    at = (i + marks.length) % marks.length;
    marks.forEach((m) => m.classList.remove("current"));
    marks[at].classList.add("current");
    marks[at].scrollIntoView({ block: "center" });
    marks[at].focus({ preventScroll: true });
    position.textContent = label();
  };
  const button = (text, onClick) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "secondary";
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  };
  const first = document.createElement("a");
  first.href = "#match-1";
  first.textContent = "Jump to the first match";
  first.addEventListener("click", (e) => {
    e.preventDefault();
    go(0);
  });
  nav.append(
    position,
    button("Previous match", () => go(at - 1)),
    button("Next match", () => go(at + 1)),
    first,
  );
  heading.after(nav);
}
