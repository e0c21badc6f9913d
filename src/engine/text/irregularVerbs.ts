/**
 * Past forms of common irregular English verbs, mapped to the base form, so
 * that "leads" in a question finds "led" in a source. A stemmer cannot do this.
 */
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    led: "lead", held: "hold", met: "meet", told: "tell", took: "take", taken: "take", began: "begin", begun: "begin",
    won: "win", lost: "lose", made: "make", gave: "give", given: "give", went: "go", gone: "go", came: "come",
    saw: "see", seen: "see", spoke: "speak", spoken: "speak", wrote: "write", written: "write", sent: "send",
    brought: "bring", bought: "buy", sought: "seek", thought: "think", fought: "fight", caught: "catch",
    taught: "teach", left: "leave", kept: "keep", felt: "feel", found: "find", built: "build", paid: "pay",
    struck: "strike", stood: "stand", understood: "understand", chose: "choose", chosen: "choose", drove: "drive",
    driven: "drive", flew: "fly", flown: "fly", fell: "fall", fallen: "fall", grew: "grow", grown: "grow",
    knew: "know", known: "know", rose: "rise", risen: "rise", ran: "run", sold: "sell", shot: "shoot", shut: "shut",
    slept: "sleep", spent: "spend", stole: "steal", stolen: "steal", swore: "swear", sworn: "swear", threw: "throw",
    thrown: "throw", woke: "wake", wore: "wear", hid: "hide", hidden: "hide", bore: "bear", borne: "bear",
    broke: "break", broken: "break", forgot: "forget", forgotten: "forget", froze: "freeze", frozen: "freeze",
    got: "get", gotten: "get", heard: "hear", lent: "lend", meant: "mean", overtook: "overtake",
    rode: "ride", sang: "sing", sat: "sit", shook: "shake", sank: "sink", withdrew: "withdraw", withdrawn: "withdraw",
    undertook: "undertake", upheld: "uphold", dealt: "deal", fled: "flee", fed: "feed", bled: "bleed",
    forbade: "forbid", forgave: "forgive", foresaw: "foresee", overcame: "overcome", oversaw: "oversee",
  }),
);
