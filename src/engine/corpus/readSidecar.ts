import { z } from "zod";
import type { CorpusWarning } from "../types.js";
import type { ArticleMeta } from "./chunkArticle.js";

const sidecarSchema = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    outlet: z.string().trim().min(1).max(200).optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
      .optional(),
    url: z.url().optional(),
  })
  .strict();

/** {@link readSidecar}'s signature, for the loader that imports this module only when it meets a sidecar. */
export type ReadSidecar = typeof readSidecar;

/** The metadata of a sidecar's text; what is wrong with it becomes a warning. */
export function readSidecar(id: string, raw: string, warnings: CorpusWarning[]): ArticleMeta {
  const file = `${id}.json`;
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "file"}: ${issue.message}`,
    );
    warnings.push({ file, reason: `metadata ignored (${problems.join("; ")})` });
  } catch {
    warnings.push({ file, reason: "metadata ignored (not valid JSON)" });
  }
  return {};
}
