import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A long article's id in {@link writePageCorpus}: 40 numbered paragraphs. */
export const LONG_ID = "long-article";
/** An article whose title and text try to inject markup, and whose id needs percent-encoding. */
export const HOSTILE_ID = `Café & "co" #1 ?%`;
/** The hostile article's title, as written in the file. */
export const HOSTILE_TITLE = `<script>document.title="pwned"</script> Tom & Jerry's "show"`;

/**
 * The seed articles plus three more: a long one, a hostile one (markup, quotes, `&` in its title, text
 * and id) and one with a sidecar url and outlet. Returns the directory and a way to remove it.
 */
export async function writePageCorpus(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "verbatim-pages-"));
  await cp("seeds", dir, { recursive: true });
  const long = Array.from(
    { length: 40 },
    (_, i) =>
      `Paragraph number ${i + 1} of the long article says that the committee met on day ${i + 1} and heard ${i + 3} witnesses, who described the harbour works in detail.`,
  );
  await writeFile(join(dir, `${LONG_ID}.txt`), `The Long Report\n\n${long.join("\n\n")}\n`);
  await writeFile(
    join(dir, `${HOSTILE_ID}.txt`),
    `${HOSTILE_TITLE}\n\nThe mayor said <img src=x onerror=alert(1)> was "not a picture" & nothing more.\n\nA second paragraph with </p></div><script>alert(2)</script> inside it.\n`,
  );
  await writeFile(
    join(dir, `${HOSTILE_ID}.json`),
    JSON.stringify({ title: HOSTILE_TITLE, outlet: `O'Reilly & <b>Sons</b>` }),
  );
  await writeFile(
    join(dir, "linked.txt"),
    "Harbour Works Finished\n\nThe harbour works were finished on Tuesday, the port authority said.\n",
  );
  await writeFile(
    join(dir, "linked.json"),
    JSON.stringify({
      url: "https://news.example.org/harbour?id=1&x=2",
      outlet: "Harbour <Gazette>",
      date: "2025-03-04",
    }),
  );
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
