/**
 * Common Spanish words of a request, read as the English the rules know: a LATAM market manager writes Spanish with
 * the product's English words mixed in ("hazme 6 variantes para gen z, formato 4:5 porfa", "linkea el ad al test").
 * Only the words that carry the ask (verbs, question words, the loop's nouns, dates) are said again; names, copy in
 * quotes and everything else stay as written. Whole words only (accents count as letters).
 */
const word = (spanish: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${spanish})(?![\\p{L}\\p{N}])`, "giu");

const SPANISH_WORDS: [string, string][] = [
  // Requests and question words.
  ["hazme|haz|hagamos|genera|generame|genérame|créame|creame", "make"],
  ["dame|pásame|pasame", "give me"],
  ["muéstrame|muestrame|enséñame|enseñame|quiero ver|déjame ver|dejame ver", "show me"],
  ["búscame|buscame|busca|buscar|encuéntrame|encuentrame", "find"],
  ["¿?de dónde (?:salió|salio|viene|vino)|de donde (?:salió|salio|viene|vino)", "where did it come from"],
  ["¿?cómo va|¿?como va|¿?cómo van|¿?como van", "how is"],
  ["¿?cuánto|¿?cuanto|¿?cuántos|¿?cuantos|¿?cuántas|¿?cuantas", "how much"],
  ["¿?quién|¿?quien", "who"],
  ["¿?cuál|¿?cual|¿?cuáles|¿?cuales", "which"],
  ["¿?qué|¿?que tal", "what"],
  ["armemos|arma|arme|monta|montemos|lanza|lancemos", "set up"],
  ["revisa|revisar|chequea|checa", "check"],
  ["aprueba|apruebo|aprobar|aprobado", "approve"],
  ["rechaza|rechazo|rechazar", "reject"],
  ["detén|deten|detener|paren|apaga|apágalo|apagalo", "stop"],
  ["pausa|pausar|pausen", "pause"],
  ["linkea|linkear|vincula|vincular|conecta|conectar", "link"],
  ["desvincula|desvincular|deslinkea|deslinkear", "unlink"],
  ["carga|cargar|sube|subir|importa|importar", "ingest"],
  ["etiqueta|etiquetar|etiquétalas|etiquetalas", "tag"],
  ["archiva|archivar|archívala|archivala", "archive"],
  ["promueve|promover|promuévelo|promuevelo", "promote"],
  ["reequilibra|rebalancea|reparte", "rebalance"],
  [
    "manda a revisión|manda a revision|pide revisión|pide revision|envía a revisión|envia a revision",
    "send for review",
  ],
  // The loop's nouns and qualifiers.
  ["la lista de|lista de|lista", "list"],
  ["variantes|variante", "variants"],
  ["nuevas|nuevos|nueva|nuevo", "new"],
  ["linaje", "lineage"],
  ["reglas de marca|reglas", "brand rules"],
  ["métrica|metrica", "metric"],
  ["costó|costo|costos|gasto|gastamos|gastado", "spend"],
  ["ganador|ganadora|ganó|gano", "winner"],
  ["los mejores|las mejores|mejores", "top"],
  ["resultados", "results"],
  ["plantilla|plantillas", "template"],
  ["miembros|equipo", "members"],
  ["fotos|imágenes|imagenes", "images"],
  ["formato", "format"],
  ["prueba", "test"],
  ["lo mismo pero|igual pero", "same but"],
  ["semana pasada", "last week"],
  ["este mes", "this month"],
  ["ayer", "yesterday"],
  ["hoy", "today"],
  ["marzo", "march"],
  ["abril", "april"],
  // Glue that carries no ask, said in English so the rules read the rest.
  ["porfa|por favor", "please"],
  ["oye", "hey"],
  ["y también|y tambien|también|tambien", "also"],
  ["ahora", "now"],
  ["necesito saber|necesito", "i need"],
  ["para", "for"],
  ["el|los|las|la", "the"],
  ["una|un", "a"],
  ["del", "of the"],
  ["con", "with"],
];

export const SPANISH: [RegExp, string][] = SPANISH_WORDS.map(([es, en]) => [word(es), en]);

/** The message with its Spanish request words said in English (unchanged when it has none). */
export function spanishToEnglish(text: string): string {
  let out = text;
  for (const [re, en] of SPANISH) out = out.replace(re, en);
  return out;
}
