import type { Reply } from "./types.js";

/** Turn Discord markdown into terminal text: escapes undone, bold as ANSI bold (or plain), quotes marked. */
export function markdownToText(markdown: string, ansi: boolean): string {
  let out = "";
  let bold = false;
  // A masked link reads as its text, then the address.
  const text = markdown
    .replace(/\u200b/g, "")
    .replace(/\[((?:\\.|[^\]\\])*)\]\((\S+?)(?: "[^"]*")?\)/g, "$1 <$2>");
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && i + 1 < text.length) {
      out += text[++i]!;
    } else if (ch === "*" && text[i + 1] === "*") {
      bold = !bold;
      if (ansi) out += bold ? "\x1b[1m" : "\x1b[22m";
      i++;
    } else if (ch === "*") {
      // Single asterisks are italics in Discord; a terminal shows the words plainly.
    } else {
      out += ch;
    }
  }
  if (bold && ansi) out += "\x1b[22m";
  return out.replace(/^>>> /, "│ ");
}

/** A reply as it reads in Discord, as plain lines: content, then each embed's title, text, fields, footer and buttons. */
export function replyToText(reply: Reply, ansi = false): string {
  const lines: string[] = [];
  if (reply.ephemeral) lines.push("(only you can see this)");
  if (reply.content) lines.push(markdownToText(reply.content, ansi));
  for (const embed of reply.embeds ?? []) {
    if (embed.title) lines.push(markdownToText(`**${embed.title}**`, ansi));
    if (embed.description) lines.push(markdownToText(embed.description, ansi));
    for (const field of embed.fields ?? [])
      lines.push(`${markdownToText(field.name, ansi)}: ${markdownToText(field.value, ansi)}`);
    // The scope marker is for the bot to read back, not for people.
    const footer = embed.footer?.text
      .replace(/\u200b/g, "")
      .split("\n")
      .filter((line) => !line.startsWith("verbatim:"));
    if (footer && footer.length > 0) lines.push(`— ${footer.join(" · ")}`);
  }
  const buttons = (reply.components ?? [])
    .flatMap((row) => row.components)
    .filter((b) => !b.disabled && "label" in b && b.label);
  if (buttons.length > 0)
    lines.push(buttons.map((b) => `[${"label" in b ? b.label : ""}]`).join(" "));
  return lines.join("\n");
}
