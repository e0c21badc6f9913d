import type { HttpResponse } from "../route.js";
import { escapeHtml } from "./escapeHtml.js";
import { PAGE_CSP, PAGE_STYLE } from "./pageStyle.js";

/** The headers every source page is sent with. */
export const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": PAGE_CSP,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
} as const;

/**
 * A whole HTML page: `title` is raw text (escaped here), `body` is HTML already escaped by the caller.
 * `headers` adds to (or overrides) {@link PAGE_HEADERS}.
 */
export function htmlResponse(
  status: number,
  title: string,
  body: string,
  headers: Record<string, string> = {},
): HttpResponse {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
  return { status, headers: { ...PAGE_HEADERS, ...headers }, body: html };
}
