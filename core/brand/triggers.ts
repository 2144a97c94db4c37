import type { BuiltinTrigger } from "./rules.ts";

/**
 * Built-in disclaimer triggers: vetted regexes for the offers advertising codes attach conditions to, so a rule can say
 * `builtin: [percent_off, price]` instead of writing (and getting wrong) its own pattern. They run on normalised, lower-
 * case text (plain and leet-folded views), use bounded quantifiers only, and each leaves ordinary numbers alone: a
 * percentage needs "off"/"save", a price needs a currency, a threshold ("orders over £50") or a saving is not a price.
 */
const CURRENCY = "(?:us\\$|a\\$|c\\$|[$£€¥₹])";
const AMOUNT = "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6})(?:[.,]\\d{1,2})?";
/** The whole amount: never a shorter prefix of it ("£15 off" is not "£1" followed by "5 off"). */
const WHOLE = "(?!\\d|[.,]\\d)";
const MONEY =
  `(?:${CURRENCY}\\s?${AMOUNT}${WHOLE}(?:\\s?[km](?![\\p{L}]))?` +
  `|(?<![\\d.,])${AMOUNT}\\s?(?:[€£$]|usd|gbp|eur|dollars?|euros?)(?![\\p{L}])` +
  "|(?<![\\d.,])\\d{1,2}\\s?(?:p(?![\\p{L}\\p{N}])|¢))";
const NUMBER_WORD = "(?:ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const PERCENT = `(?:\\d{1,3}(?:[.,]\\d{1,2})?\\s?(?:%|percent|per\\s?cent|pct)|${NUMBER_WORD}\\s?(?:%|percent|per\\s?cent))`;
const COUNT = "(?:\\d{1,2}|two|three|four|five|six|twelve)";

export const BUILTIN_TRIGGER_PATTERNS: Record<BuiltinTrigger, { description: string; patterns: string[] }> = {
  percent_off: {
    description: 'a percentage discount: "20% off", "20 percent off", "save 30%", "-15%", "half price"',
    patterns: [
      `${PERCENT}\\s*(?:off|discount|saving|savings|reduction|less)\\b`,
      `\\b(?:save|saving|savings|discount|take|enjoy|extra|additional)\\s+(?:up\\s+to\\s+)?(?:an?\\s+)?(?:extra\\s+|additional\\s+)?${PERCENT}`,
      "(?<![\\p{L}\\p{N}])-\\s?\\d{1,2}\\s?%",
      "\\bhalf[\\s-]?(?:price|off)\\b",
    ],
  },
  money_off: {
    description: 'money off: "£15 off", "save $20", "was £80, now £60"',
    patterns: [
      `${MONEY}\\s*(?:off|discount|cashback)\\b`,
      `\\b(?:save|saving\\s+of|savings\\s+of)\\s+(?:up\\s+to\\s+|an?\\s+extra\\s+)?${MONEY}`,
      `\\bwas\\s+${MONEY}\\s*[,;/-]?\\s*now\\s+(?:just\\s+|only\\s+)?${MONEY}`,
    ],
  },
  price: {
    description: 'a price: an amount with a currency ("£129", "from $89", "149 GBP", "99p"), not a saving or threshold',
    patterns: [
      `(?<!\\b(?:save|saving|savings|over|above|spend|spend\\s+over|worth|under|up\\s+to|of)\\s)${MONEY}(?!\\s*(?:off|discount|cashback|saving|savings)\\b)`,
    ],
  },
  free_shipping: {
    description: 'free delivery: "free shipping", "free UK delivery", "free returns", "ships free", "delivery on us"',
    patterns: [
      "\\bfree\\s+(?:standard\\s+|next[\\s-]day\\s+|express\\s+|uk\\s+|us\\s+|home\\s+|local\\s+|2-day\\s+)?(?:shipping|delivery|postage|p\\s?&\\s?p|returns?|exchanges?)\\b",
      "\\bships?\\s+(?:for\\s+)?free\\b",
      "\\b(?:shipping|delivery|postage|returns)\\s+(?:is\\s+|are\\s+)?(?:free|on\\s+us)\\b",
      "\\bdelivered\\s+free\\b",
    ],
  },
  free_offer: {
    description:
      'a free item on conditions: "free gift", "buy one get one free", "BOGO", "3 for 2", "gift with purchase"',
    patterns: [
      "\\bfree\\s+(?:gift|gifts|sample|samples|bonus|with\\s+(?:every|any|your)\\b)",
      `\\b(?:buy|get)\\s+(?:one|1|two|2)(?:,\\s*|\\s*-\\s*|\\s+)get\\s+(?:one|1|another)(?:\\s+(?:free|half\\s+price))?\\b`,
      "\\bbogof?\\b",
      "\\b(?:2|two|3|three)[\\s-]+for[\\s-]+(?:1|one|2|two)\\b",
      "\\bfree\\s+(?:[\\p{L}-]+\\s){0,4}(?:(?:for|with)\\s+(?:every|each|any|your)|when\\s+you\\s+(?:buy|spend|order|join|subscribe))\\b",
      "\\b\\d{1,2}\\s+(?:months?|weeks?|years?)\\s+(?:of\\s+)?free\\b",
      "\\bgift\\s+with\\s+(?:purchase|every\\s+order)\\b",
      "\\bcomplimentary\\b",
    ],
  },
  financing: {
    description:
      'credit offers: "pay later", "pay in 3", "instalments", "interest-free", "finance available", "Klarna"',
    patterns: [
      "\\bpay\\s+later\\b",
      `\\bpay\\s+(?:in|over)\\s+${COUNT}\\b(?!\\s*(?:minutes|seconds|clicks|steps|taps))`,
      "\\b(?:monthly\\s+)?instal{1,2}ments?\\b",
      "\\binterest[\\s-]?free\\b",
      "\\b(?:finance|financing)\\b(?!\\s+(?:team|department|director|manager|officer|news|minister|jobs?|roles?|function)\\b)",
      "\\b(?:interest-free|instant|easy|flexible|store)\\s+credit\\b",
      "\\bcredit\\s+(?:available|options?|offers?|facility)\\b",
      "\\b(?:klarna|afterpay|clearpay|affirm|paypal\\s+credit)\\b",
      "\\bspread\\s+(?:the\\s+)?(?:cost|payments?)\\b",
      "\\b(?:deferred|flexible)\\s+payments?\\b",
    ],
  },
  apr: {
    description: 'interest and APR: "0% APR", "9.9% APR", "annual percentage rate", "0% interest", "interest rate"',
    patterns: [
      // "APR", but not the month in a date ("30 Apr", "Apr 30", "Apr 2027"); "APR 19.9%" still counts.
      "(?<!\\b\\d{1,2}(?:st|nd|rd|th)?\\s?)\\bapr\\b(?!\\.?\\s?(?:\\d{4}\\b|\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s?%|[.,]\\d)))",
      "\\bannual\\s+percentage\\s+rate\\b",
      "(?<![\\d.,])\\d{1,3}(?:[.,]\\d{1,2})?\\s?%\\s*(?:p\\.?a\\.?|interest|variable|fixed)(?![\\p{L}])",
      "\\binterest\\s+rates?\\b",
    ],
  },
  monthly_payment: {
    description: 'a payment per month: "£25 a month", "$19/mo", "€30 monthly", "£15pm"',
    patterns: [
      `${MONEY}\\s*(?:\\/\\s*(?:mo|mth|month)\\b|(?:a|per|each|every)\\s+month\\b|p\\/?m\\b|monthly\\b|pcm\\b)`,
    ],
  },
  trial: {
    description: 'trials: "free trial", "30-day trial", "100-night trial", "try it free", "first month free"',
    patterns: [
      "\\bfree\\s+trial\\b",
      "\\b\\d{1,3}[\\s-]?(?:day|night|week|month)s?\\s+(?:free\\s+)?(?:home\\s+)?trial\\b",
      "\\btrial\\s+period\\b",
      "\\btry\\s+(?:it|them|us|\\p{L}+(?:\\s+\\p{L}+)?)\\s+(?:for\\s+)?(?<!\\brisk[\\s-])free\\b", // "try it risk free" is no trial
      "\\btry\\s+(?:it\\s+|them\\s+|us\\s+)?(?:at\\s+home\\s+)?for\\s+\\d{1,3}\\s+(?:days|nights|weeks|months)\\b",
      "\\bfirst\\s+(?:month|week|box|year)\\s+(?:is\\s+)?(?:free|on\\s+us)\\b",
    ],
  },
  subscription: {
    description:
      'recurring payments: "auto-renews", "billed monthly", "monthly membership", "subscribe & save", "cancel anytime"',
    patterns: [
      "\\bauto[\\s-]?renew(?:s|al|ing|ed)?\\b",
      "\\brenews?\\s+(?:automatically|monthly|annually|yearly|each|every)\\b",
      "\\bbilled\\s+(?:monthly|annually|yearly|weekly|every)\\b",
      "\\b(?:monthly|annual|yearly)\\s+(?:subscription|membership|plan)\\b",
      "\\bsubscri(?:be|ption)\\s+(?:&|and)\\s+save\\b",
      "\\bcancel\\s+any\\s?time\\b",
      "\\bmembership\\s+(?:fee|renews|from)\\b",
    ],
  },
};
