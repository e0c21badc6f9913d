import { describe, expect, it } from "vitest";
import { isCitationValid, type CitationSources } from "../../src/cli/checkCitation.js";

const sources: CitationSources = {
  paragraphText: (id, n) =>
    id === "a" && n === 2 ? "Talks began in Riyadh on Tuesday. Both sides spoke." : undefined,
  fileText: (id) =>
    id === "a"
      ? "\uFEFFTitle\n\nTalks began in Riyadh\non  Tuesday. Both sides spoke.\n"
      : undefined,
};
const cite = (evidence: string, article = "a", paragraph = 2) => ({
  evidence,
  citations: [{ article, paragraph }],
});

describe("citation check", () => {
  it("accepts evidence found verbatim in the cited paragraph, whose text is in the file up to whitespace", () => {
    expect(isCitationValid(cite("Talks began in Riyadh on Tuesday."), sources)).toBe(true);
  });

  it("refuses evidence that is not word for word in the paragraph", () => {
    expect(isCitationValid(cite("Talks started in Riyadh on Tuesday."), sources)).toBe(false);
  });

  it("refuses a citation of a paragraph or article that does not exist, or no citation at all", () => {
    expect(isCitationValid(cite("Talks began", "a", 3), sources)).toBe(false);
    expect(isCitationValid(cite("Talks began", "b", 2), sources)).toBe(false);
    expect(isCitationValid({ evidence: "Talks began", citations: [] }, sources)).toBe(false);
  });

  it("refuses a paragraph whose text is not in the article file", () => {
    const altered: CitationSources = {
      ...sources,
      fileText: () => "Talks began in Jeddah on Tuesday. Both sides spoke.",
    };
    expect(isCitationValid(cite("Both sides spoke."), altered)).toBe(false);
  });
});
