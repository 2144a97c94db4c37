/**
 * Date words in Spanish, Portuguese, French, Italian and German said the English way, so one set of date rules reads
 * "en marzo", "la semana pasada", "le mois dernier", "seit Montag" or "im März" as "in march", "last week", "last
 * month", "since monday". Whole words only; lower-case in, lower-case out.
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
  ["lunes|montag|lundi|lunedì|lunedi", "monday"],
  ["martes|dienstag|mardi|martedì|martedi", "tuesday"],
  ["miércoles|miercoles|mittwoch|mercredi|mercoledì|mercoledi", "wednesday"],
  ["jueves|donnerstag|jeudi|giovedì|giovedi", "thursday"],
  ["viernes|freitag|vendredi|venerdì|venerdi", "friday"],
  ["sábado|sabado|samstag|samedi", "saturday"],
  ["domingo|sonntag|dimanche|domenica", "sunday"],
];
const PHRASES: [string, string][] = [
  [
    "(?:la )?semana (?:retrasada|antepasada)|vorletzte(?:n|r)? woche|(?:l')?avant-derni[èe]re semaine|(?:la )?settimana prima della scorsa",
    "the week before last",
  ],
  [
    "(?:la |the )?(?:semaine|week) (?:d'avant|pr[ée]c[ée]dente)|(?:la |the )?(?:semana|week) (?:anterior|de antes)|(?:die |the )?(?:woche|week) (?:davor|vorher)|(?:die )?vorherige woche|(?:la |the )?(?:settimana|week) (?:prima|precedente)",
    "the week before",
  ],
  [
    "(?:le |the )?(?:mois|month) (?:d'avant|pr[ée]c[ée]dent)|(?:el |the )?(?:mes|month) (?:anterior|de antes)|(?:der |the )?(?:monat|month) davor|(?:der )?vormonat|(?:il |the )?(?:mese|month) (?:prima|precedente)",
    "the month before",
  ],
  ["(?:el )?mes antepasado|vorletzte(?:n|r)? monat|(?:l')?avant-dernier mois", "the month before last"],
  ["(?:la )?semaine derni[èe]re|(?:la )?semaine pass[ée]e|(?:la )?settimana scorsa|(?:a )?semana passada", "last week"],
  ["cette semaine|questa settimana|(?:esta|essa) semana", "this week"],
  ["(?:le )?mois dernier|(?:le )?mois pass[ée]|(?:il )?mese scorso|(?:o )?m[êe]s passado", "last month"],
  ["ce mois(?:-ci)?|questo mese|(?:este|esse) m[êe]s", "this month"],
  ["ce trimestre|questo trimestre|(?:esse|este) trimestre", "this quarter"],
  ["(?:le )?trimestre (?:dernier|pass[ée])|(?:il )?trimestre scorso|(?:o )?trimestre passado", "last quarter"],
  ["cette ann[ée]e|quest'anno|(?:este|esse) ano", "this year"],
  ["(?:l')?ann[ée]e (?:derni[èe]re|pass[ée]e)|(?:l')?anno scorso|(?:o )?ano passado", "last year"],
  [
    "(?:le )?d[ée]but de l'ann[ée]e|(?:los )?principios de(?:l)? año|(?:el )?(?:inicio|comienzo) del año|(?:l')?inizio dell'anno|(?:o )?in[íi]cio do ano|(?:dem )?jahresanfang|(?:dem )?anfang des jahres",
    "the start of the year",
  ],
  [
    "(?:le )?d[ée]but du mois|(?:los )?principios de(?:l)? mes|(?:el )?(?:inicio|comienzo) del mes|(?:l')?inizio del mese|(?:o )?in[íi]cio do m[êe]s|(?:dem )?monatsanfang|(?:dem )?anfang des monats",
    "the start of the month",
  ],
  ["ieri|ontem", "yesterday"],
  ["aujourd'hui|oggi|hoje", "today"],
  ["depuis(?: le)?|da(?:l)? (?=luned|marted|mercoled|gioved|venerd|sabato|domenica)", "since"],
  ["(?:esta|la presente) semana|diese woche|dieser woche", "this week"],
  [
    "(?:la )?semana pasada|(?:la )?última semana|letzte(?:n|r)? woche|vergangene(?:n|r)? woche|vorige(?:n|r)? woche",
    "last week",
  ],
  ["este mes|(?:en )?lo que va del mes|diesen monat|dieser monat|diesem monat", "this month"],
  ["(?:el )?mes pasado|letzte(?:n|r)? monat|vergangenen monat|vorigen monat", "last month"],
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

/**
 * The date words of those languages a hurried hand slips on ("la semana psada", "el mes pasdo", "settimana socrsa"),
 * each one word of five letters or more, for the slip reader (intent-dates.ts dateSlips).
 */
export const DATE_WORDS_ABROAD = [
  "semana",
  "pasada",
  "pasado",
  "passada",
  "passado",
  "semaine",
  "derniere",
  "dernier",
  "passee",
  "settimana",
  "scorsa",
  "scorso",
  "letzte",
  "letzten",
  "letzter",
  "letztes",
  "vergangene",
  "vergangenen",
  "vorige",
  "vorigen",
  "woche",
  "monat",
  "quartal",
  "trimestre",
  "gestern",
  "heute",
  "ultimos",
  "ultimas",
  "enero",
  "febrero",
  "marzo",
  "abril",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
  "januar",
  "februar",
  "oktober",
  "dezember",
  "lunes",
  "martes",
  "miercoles",
  "jueves",
  "viernes",
  "sabado",
  "domingo",
  "montag",
  "dienstag",
  "mittwoch",
  "donnerstag",
  "freitag",
  "samstag",
  "sonntag",
];

export function inEnglish(lower: string): string {
  let out = lower;
  for (const [re, en] of RULES) out = out.replace(re, en);
  return out;
}
