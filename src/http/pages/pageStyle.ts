import { createHash } from "node:crypto";

/** Background of the paragraph a link's `#p<n>` names (CSS `:target`): a pale yellow. */
export const HIGHLIGHT_COLOR = "rgb(255, 236, 153)";

/** The pages' one stylesheet, inlined; the Content-Security-Policy allows exactly this text by its hash. */
export const PAGE_STYLE = `
body{margin:0 auto;max-width:46rem;padding:1rem 1.25rem 4rem;font:1.05rem/1.6 Georgia,"Times New Roman",serif;color:#1d1d1d;background:#fdfdfb}
nav{font:0.9rem/1.4 system-ui,sans-serif}
a{color:#2f5d8a}
h1{font-size:1.6rem;line-height:1.25;margin:1rem 0 0.25rem}
h2{font-size:1.15rem;margin:2rem 0 0.5rem}
.meta{font:0.9rem/1.4 system-ui,sans-serif;color:#555;margin:0 0 1.5rem}
.para{display:flex;gap:0.75rem;padding:0.35rem 0.5rem;margin:0 -0.5rem;border-radius:4px;scroll-margin-top:30vh}
.para p{margin:0}
.para:target{background:${HIGHLIGHT_COLOR};outline:2px solid #e0b400}
.n{flex:0 0 2.5rem;text-align:right;font:0.8rem/1.9 system-ui,sans-serif;color:#777;text-decoration:none}
.comment{color:#555;font-style:italic}
table{border-collapse:collapse;width:100%;font:0.95rem/1.4 system-ui,sans-serif}
th,td{text-align:left;padding:0.35rem 0.5rem;border-bottom:1px solid #ddd;vertical-align:top}
td.num{text-align:right}
td.date{white-space:nowrap}
footer{margin-top:3rem;font:0.8rem/1.4 system-ui,sans-serif;color:#777}
`;

/** The `style-src` source that allows {@link PAGE_STYLE} and no other style. */
export const PAGE_STYLE_SOURCE = `'sha256-${createHash("sha256").update(PAGE_STYLE).digest("base64")}'`;

/**
 * No script, no images, no frames, no forms, no `<base>`: the one thing a page may load is its own
 * inline stylesheet. Text from the corpus is escaped besides; this is the second wall.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src ${PAGE_STYLE_SOURCE}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
