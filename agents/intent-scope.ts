/**
 * What lies outside Winnow, by kind rather than by phrase: other systems (analytics, BI, CRM, e-mail tools, drives),
 * ad-platform settings (bids, budgets, ad sets, lookalikes, single ads by id), organic social (likes, followers,
 * comments, hashtags, going viral), production work (video editing, 3D, retouching, shoots, logo design), documents
 * (decks, invoices, contracts, newsletters), business metrics Winnow does not hold (CAC, LTV, sessions), credentials,
 * and permanent deletion. Each kind says plainly what Winnow can do instead. Pure: the lower-cased clause in.
 */
const LOOP =
  "I work the creative loop: find and generate creatives, check them against the brand rules, run tests, pull ad metrics from Meta, Google Ads and TikTok, and report what works.";

const SCOPE: { kind: string; words: RegExp; unless?: RegExp; aside?: RegExp; reason: string }[] = [
  {
    kind: "other systems",
    words:
      /\b(ga4|google analytics|looker|tableau|power ?bi|bigquery|big query|snowflake|data ?warehouse|warehouse|hubspot|salesforce|shopify|mailchimp|klaviyo|zapier|notion|jira|asana|trello|figma|canva|dropbox|shared drive|google drive|sharepoint|pinterest numbers|pinterest api)\b/,
    // "I made this in Canva, does it pass?", "exported this frame from Figma": where a shared design was made, not a
    // system to reach; the design itself is what is asked about.
    unless:
      /\b(?:made|designed|built|exported|created|mocked up|drafted|done)\b[^.?!]{0,25}\b(?:in|from|on|with|using)\s+(?:figma|canva)\b|\b(?:figma|canva)\s+(?:exports?|frames?|files?|mock\w*|drafts?|designs?)\b/,
    reason: `I can't reach that system from here. ${LOOP}`,
  },
  {
    kind: "ad platform settings",
    words:
      /\b(bids?|bid caps?|cost caps?|daily budgets?|lifetime budgets?|ad ?sets?|lookalikes?|targeting|placements?|campaign budgets?|cbo)\b/,
    // A lookalike of an asset is a similar-image search; an ad set id given to a new test is its target; an ad id
    // linked or unlinked is that order, the ad set only where the ad went ("unlink 1202…, wrong ad set").
    unless:
      /^\W*(?:pls |please )?(?:unlink|link|drop|remove)\b|\b(?:un-?link|re-?link|link|detach|disconnect|untie|tie)\b[^.?!]*\b\d{6,}\b|\b\d{6,}\b[^.?!]*\b(?:un-?link|re-?link|link|detach|disconnect|untie|tie)\b|\b(tests?|experiments?|arms?|launch|create|start)\b.*\b(ad ?set \d|adgroup|ad group)|\bad ?set \d{5,}|\bast_\w+|\blookalikes? (?:of|for) (?:this|that|it|these|the (?:image|photo|shot|asset))/,
    reason:
      "I can't change bids, budgets, ad sets or targeting on the ad platforms. Inside an experiment I can rebalance traffic between its ads (`rebalance the traffic`) or stop it.",
  },
  {
    kind: "organic social",
    words:
      /\b(likes|followers?|follower count|comments?|hashtags?|go viral|viral|organic (?:reach|posts?|engagement)|reposts?|retweets?|dms?|story views|saves)\b/,
    unless: /\b(captions? (?:copy|text)|check|brand rules?)\b/,
    reason: `I can't see or change organic social (likes, comments, followers, hashtags). ${LOOP}`,
  },
  {
    kind: "production",
    words:
      /\b(edit (?:the |a |this )?video|video edit\w*|cut (?:a |the )?video|animate|animation|3d|cgi|render a video|voice ?over|music|soundtrack|subtitles?|retouch\w*|photo ?shoot|book (?:a |the )?(?:shoot|photographer|model|studio)|shoot with|(?:design|build|make|create|code) (?:me |us )?(?:a |the |our )?(?:new )?(?:logo|website|landing page))\b/,
    // A file already retouched, to file in the library ("a retouched version of the runner portrait, swap it in"),
    // is a library change, not retouching asked for.
    unless:
      /\bretouched\b.*\b(?:replace|swap|register|version|add|upload|library|put)\w*|\b(?:replace|swap|register|add|upload)\w*\b.*\bretouched\b/,
    reason:
      "That's production work I can't do. I can generate still ad variants from templates (`make 4 variants of the spring offer for Gen Z in 9:16`) and search the library.",
  },
  {
    kind: "other media",
    words:
      /\b(?:make|cut|edit|create|render|produce|turn)\b.*\b(?:gifs?|videos?|animations?|animated|cinemagraphs?)\b|\b(?:subtitl\w*|untertitel\w*|translat\w*|übersetz\w*|tradu[zcçir]\w*)\b|\b(?:scan|read|parse) (?:this|the|a) pdf\b|\borganic traffic\b/,
    reason: `I can't make videos or GIFs, translate, read PDFs or report organic traffic. ${LOOP}`,
  },
  {
    kind: "one ad",
    words: /\bpause (?:the |this |that )?ad (?:id )?\d{6,}\b/,
    unless: /\b(?:unlink|experiment|test)\b/,
    reason:
      "I can't pause one ad on the platform. Stopping an experiment pauses its losing arms' ads (`stop the experiment`); one ad is paused in the platform's own Ads Manager.",
  },
  {
    kind: "documents",
    words:
      /\b(decks?|slides?|slide deck|presentations?|powerpoint|keynote|invoices?|invoicing|contracts?|newsletters?|e-?mail campaigns?|email blast|press release|blog posts?|case study|one-pager)\b|\b(?:as|into|make (?:it|this|that|them)) (?:a |an )?pdf\b/,
    // A document the work is for, or one only mentioned, is not one asked for: "find product shots for a client deck",
    // "pour une newsletter", "I'm building the April newsletter", "her contract ended", "did they let it slide".
    aside:
      /\b(?:for|pour|para|f[üu]r|(?:i'?m|i am|we'?re|we are) (?:building|making|putting together|working on|doing))\s+(?:[\w'-]+\s+){0,3}?(?:decks?|slides?|presentations?|newsletters?|one-pagers?|keynotes?|blog posts?)\b|\blet (?:it|that|this) slide\b|\bcontract(?:'s| is| has| was)?\s+(?:ended|ends|expired|expires|excludes|signed|renewed|runs|covers|allows|says)\b/g,
    reason: `I can't write documents or send e-mail. ${LOOP}`,
  },
  {
    kind: "business metrics",
    words:
      /\b(cac|ltv|clv|lifetime value|churn|mrr|arr|customer acquisition cost|sessions|bounce rate|traffic to the site|site traffic|page views|nps|forecast)\b/,
    reason:
      "Winnow doesn't hold that number. It has ad metrics per creative (CTR, CVR, CPA, ROAS, spend) from Meta, Google Ads and TikTok: try `top 5 ads by ROAS last week` or `what did we spend last week?`.",
  },
  {
    kind: "credentials",
    words:
      /\b(tokens?|api keys?|passwords?|credentials?|oauth|re-?auth\w*|reconnect|log ?in|login)\b.*\b(fix|meta|google|tiktok|expired|broken|reset|renew|update|sync)\b|\b(fix|reset|renew|update|refresh)\b.*\b(tokens?|api keys?|passwords?|credentials?)\b/,
    reason:
      "I can't fix platform tokens or credentials from chat; an admin sets them in the server's configuration. I can show whether the last syncs failed (`did the ingest job fail?`).",
  },
  {
    kind: "permanent deletion",
    words: /\b(permanently|for good|forever|hard delete)\b|\bdelete (?:the |our |this )?brand\b/,
    reason:
      "I don't delete permanently. Rejected and discarded assets stay in the library as examples; I can archive an asset (`archive <its name>`).",
  },
  {
    kind: "legal",
    words: /\b(legal[- ]review|lawyer|legal sign[- ]off|trademark search)\b/,
    reason:
      "I can't give a legal review. I can check copy against the brand's own rules (banned phrases, required disclaimers, claims): `check this copy: …`.",
  },
];

/** The reason a request is out of Winnow's reach, or undefined when it may be in reach. */
export function outOfScope(lower: string): string | undefined {
  for (const s of SCOPE) {
    const said = s.aside ? lower.replace(s.aside, " ") : lower;
    if (s.words.test(said) && !s.unless?.test(lower)) return s.reason;
  }
  return undefined;
}
