/**
 * English function words that carry no topic. Question words are here too:
 * they choose the command, they are not what the answer is about.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for
  from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
  his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor
  not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should
  shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd
  they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were
  weren't what what's when when's where where's which while who who's whom why why's will with won't would wouldn't
  you you'd you'll you're you've your yours yourself yourselves
  s t just now also yet still ever even upon via per among amid whose whats whos tell me please
  did does do done say says said is are was were`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that only say "this is a question about time or place"; dropped from topic terms. */
export const QUESTION_FILLER: ReadonlySet<string> = new Set([
  "who",
  "whom",
  "whose",
  "where",
  "when",
  "what",
  "which",
  "why",
  "how",
  "much",
  "many",
  "long",
  "date",
  "day",
  "time",
  "year",
  "place",
  "location",
  "located",
  "happen",
  "happened",
  "happening",
  "take",
  "taking",
  "took",
  "held",
  "hold",
  "person",
  "people",
  "name",
  "named",
  "cost",
  "costs",
  "price",
  "worth",
  "amount",
  "total",
  "number",
  "figure",
  "city",
  "country",
  "town",
  "venue",
  "region",
  "give",
  "given",
  "gave",
  "make",
  "made",
  "get",
  "got",
  "go",
  "went",
  "gone",
  "come",
  "came",
  "put",
]);

/**
 * Function words the index keeps (so not stop words) but that are English,
 * not names or typos, and never a related form of a content word ("uses"
 * stems to "us", which is the pronoun). Query-side only: the index is unchanged.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `us ok oh yes yeah mr mrs ms dr one ones anyone everyone someone somebody nobody everybody something nothing
  everything anything may might must shall mine thee thou ye`
    .split(/\s+/)
    .filter(Boolean),
);
