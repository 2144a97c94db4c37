/**
 * Requests outside what Winnow does, recognised by phrase, each with the plain answer the router gives instead of a
 * guess. The kinds that need no exact phrase live in intent-scope.ts.
 */
/** Requests outside what Winnow does, answered plainly instead of guessed at (unless the third pattern matches). */
export const CANNOT: [RegExp, string, RegExp?][] = [
  [
    /\b(post|publish|schedule|share)\b.*\b(instagram|insta|ig|tiktok|facebook|twitter|x\.com|linkedin|social|feed)\b|\bschedule (this|it)\b|\bpost (this|it)\b|\b(?:post|publish|put up|put out)\b.*\b(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|at \d{1,2}(?::\d\d)?\s*(?:am|pm)?|next week)\b/,
    "I can't post or schedule organic social posts. I can push ads to Meta, Google Ads or TikTok as part of an experiment, paused for you to switch on.",
  ],
  [
    // A change set for later: "stop the hook test on the 30th when the promo ends", "pause it at midnight".
    /\b(?:stop|pause|end|kill|promote|archive|launch|start|unlink|switch)\b[^.?!]*\b(?:on the \d{1,2}(?:st|nd|rd|th)\b|when the [\w ]{2,20} (?:ends|is over|finishes)|at midnight|first thing tomorrow)/,
    "I can't schedule a change for later. Ask me when it's time (`stop the hook test`) and I'll do it then, behind a Confirm.",
  ],
  [
    /\b(resize|crop|retouch|photoshop|upscale|remove the background|background removal|cut ?out|colou?r[- ]?grad(?:e|ing)|airbrush|touch(?:[- ])?up|recolou?r|(?:lift|crush) the (?:blacks|shadows|highlights)|(?:remove|get rid of|take out|erase) (?:the |that |this )?(?:watermark|background|logo|text|person|people|glare)|edit (?:this|that|the|my) (?:image|photo|pic|picture|shot))\b/,
    "I can't edit an existing image. I can generate new variants in the format you need (e.g. `make 4 variants of the spring offer for Gen Z in 4:5`).",
  ],
  [
    // "prográmalas pa el lunes": schedule them, in Spanish.
    /\bschedule\b|\bprogr[aá]mal[oa]s?\b|\bprogramarl[oa]s?\b|\bboost\b|\bbook (?:a |the )?(?:shoot|photographer|meeting|call)\b|\bdesign (?:a |the |our )?(?:new )?logo\b|\bga4\b|\bgoogle analytics\b|\bpinterest numbers\b|\bspend cap\b|\bbudget cap\b|\breply to (?:the )?comments\b|\bremind me\b(?! (?:which|what|who|how|where|whether|if|of|again)\b)/,
    "I can't do that from here. I work the creative loop: find and generate creatives, check them against the brand rules, run tests, pull ad metrics from Meta, Google Ads and TikTok, and report what works.",
  ],
  [
    /\bdelete\b|\bwipe\b|\bpurge\b/,
    "I don't delete assets from chat. Rejected and discarded assets stay in the library as examples; an admin can archive them from the dashboard.",
  ],
  [
    /\b(increase|raise|lower|decrease|cut|change|set|bump)\b.*\b(daily )?budgets?\b.*\b(to|by)\b|\bbudget to\b/,
    "I can't change budgets on the ad platforms. Inside an experiment I can rebalance traffic between its ads (`update the allocation`).",
    /\b(test|experiment|leader|winner|arms?)\b/,
  ],
  [
    // "give me that as a spreadsheet", "can I get it in excel": a result handed over as a file is an export too.
    /\b(export|send|email|e-mail)\b.*\b(bigquery|big query|sheets?|spreadsheet|excel|invoice|email|inbox|looker|tableau)\b|\bsend an invoice\b|\b(?:give|send|get|export|download|share|put|make)\b.*\b(?:as|in|into)\s+(?:an?\s+)?(?:spreadsheet|excel|xlsx|csv|google sheets?)\b/,
    "I can't export or send things outside Winnow. Cost and performance figures are in `cost report` and `top performers`, and on the dashboard.",
    /\b(?:manifest|starter)\b/,
  ],
  [
    // Other statistics on a test's data: "run a chi-square on the DE results", "switch the hook test to a t-test".
    /\b(?:chi[- ]?squared?|t[- ]?tests?|z[- ]?tests?|anova|frequentist|p[- ]?values?|mann[- ]whitney|regressions?|power calc\w*|power analys[ie]s)\b/,
    "I can't run other statistics on a test. Every Winnow experiment is read one way, the chance each arm is best (P(best)) on its metric, and its read-out shows it (`how is the hook test doing?`).",
  ],
  [
    // Slack's own administration: "add me to the #kestrel-reviews channel", "create a new Slack channel for Italy".
    /\b(?:add|invite|put)\s+(?:me|us|him|her|them|[a-z]+)\s+(?:(?:and|&)\s+[a-z]+\s+)?(?:to|in|into)\s+(?:the\s+|our\s+)?#?[\w-]*\s*(?:slack\s+)?channel\b|\b(?:create|make|open|set up|start|archive)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:private\s+|public\s+)?(?:slack\s+)?channel\b/,
    "I can't manage Slack channels or who is in them; a Slack admin does that. I can set where a brand's review cards go (`change the review channel to #…`).",
  ],
  [
    // The website itself: "put the hook test winner on the website home page", "change price on website".
    /\b(?:put|push|post|publish|upload|add|change|update|edit|fix)\b[^.?!]*\b(?:on|to|in|into)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:web ?site|home ?page|product pages?|cms|web ?shop|online (?:store|shop))\b|\b(?:update|change|edit|fix)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?product pages?\b|\bproduct pages?\s+on\s+(?:the|our)\s+site\b/,
    "I can't change the website or put things on it. I can find or make the creative for it (`show the promoted winners`) for you to place.",
  ],
  [
    // Messages to people by phone, text or e-mail: "Call Maya and tell her", "Text Rio the new banner", "email the top 3
    // to the investors", "send the results to the client per e-mail" ("call it" decides a test; "text models" lists).
    /^(?:(?:ok|okay|hey|pls|please|can you|could you|can u|would you)[,!]?\s+)*(?:(?:call|ring|phone)\s+(?!it\b|the\b|this\b|that\b|a\b|an\b)|text\s+(?!models?\b|only\b|copy\b)|(?:e-?mail|forward|whatsapp)\s+)\w|\bsend\b.*\b(?:per|by|via) e-?mail\b|^envoie\b.*\bpar (?:e-?)?mail\b/,
    "I can't send messages, e-mails or calls. I can show the results here in Slack (and on the dashboard) for you to pass on.",
  ],
  [
    /\b(book|schedule|set up)\b.*\b(meeting|call|calendar|sync)\b|\bwrite (our|a|the|my)\b.*\b(update|report|blog|post|email|deck|memo|strategy)\b/,
    "That's outside what I do. I work the creative loop: find and generate creatives, check them against the brand rules, run tests and report what works.",
  ],
];

const ACTION_REASONS = new Set(CANNOT.map(([, reason]) => reason));
/**
 * Whether a refusal is one of the actions above (posting, editing an image, booking, deleting, changing budgets,
 * exporting, messaging people, writing documents): said of the verb asked for, not of a word in passing.
 */
export const refusesAction = (reason: string) => ACTION_REASONS.has(reason);
