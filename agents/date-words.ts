/**
 * Date words in Spanish and German said the English way, so one set of date rules reads "en marzo", "la semana
 * pasada", "seit Montag" or "im März" as "in march", "last week", "since monday". Whole words only; lower-case in,
 * lower-case out.
 */
const MONTHS: [string, string][] = [
  ["enero|januar|jänner", "january"],
  ["febrero|februar", "february"],
  ["marzo|märz|maerz", "march"],
  ["abril", "april"],
  ["mayo|mai", "may"],
  ["junio|juni", "june"],
  ["julio|juli", "july"],
  ["agosto", "august"],
  ["septiembre|setiembre", "september"],
  ["octubre|oktober", "october"],
  ["noviembre", "november"],
  ["diciembre|dezember", "december"],
];
const WEEKDAYS: [string, string][] = [
  ["lunes|montag", "monday"],
  ["martes|dienstag", "tuesday"],
  ["miércoles|miercoles|mittwoch", "wednesday"],
  ["jueves|donnerstag", "thursday"],
  ["viernes|freitag", "friday"],
  ["sábado|sabado|samstag", "saturday"],
  ["domingo|sonntag", "sunday"],
];
const PHRASES: [string, string][] = [
  ["(?:esta|la presente) semana|diese woche|dieser woche", "this week"],
  ["(?:la )?semana pasada|(?:la )?última semana|letzte woche|letzten woche|vergangene woche|vorige woche", "last week"],
  ["este mes|(?:en )?lo que va del mes|diesen monat|dieser monat|diesem monat", "this month"],
  ["(?:el )?mes pasado|letzten monat|letzter monat|vergangenen monat|vorigen monat", "last month"],
  ["este trimestre|dieses quartal|diesem quartal", "this quarter"],
  ["(?:el )?trimestre pasado|letztes quartal|letzten quartal", "last quarter"],
  ["este año|(?:en )?lo que va del año|dieses jahr|diesem jahr", "this year"],
  ["(?:el )?año pasado|letztes jahr|letzten jahr", "last year"],
  ["anteayer|vorgestern", "day before yesterday"],
  ["ayer|gestern", "yesterday"],
  ["hoy|heute", "today"],
  ["(?:los )?últimos|(?:los )?ultimos|(?:die )?letzten", "last"],
  ["días|dias|tage|tagen", "days"],
  ["semanas|wochen", "weeks"],
  ["meses|monate|monaten", "months"],
  ["desde(?: el)?|seit(?: dem| letztem| letzten)?", "since"],
];

const word = (alternatives: string) => new RegExp(`(?<![\\p{L}\\d])(?:${alternatives})(?![\\p{L}\\d])`, "gu");
const RULES: [RegExp, string][] = [
  ...PHRASES.map(([a, en]): [RegExp, string] => [word(a), en]),
  ...[...MONTHS, ...WEEKDAYS].map(([a, en]): [RegExp, string] => [word(a), en]),
  // "en marzo", "im märz", "de marzo": a preposition before a month said the English way.
  [
    /(?<![\p{L}\d])(?:en|im|de|durante)\s+(?=(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/gu,
    "in ",
  ],
];

export function inEnglish(lower: string): string {
  let out = lower;
  for (const [re, en] of RULES) out = out.replace(re, en);
  return out;
}
