/**
 * Links people paste into chat, read as the ids they point at: a Winnow dashboard link to an asset or an experiment
 * (`https://winnow.example.com/assets/ast_…`, `/experiments/exp_…`, the signed thumbnail link) becomes the bare id,
 * whether Slack wrapped it (`<https://…|label>`) or not. Other links are left as they are.
 */
const ID_LINK =
  /<?(?:https?:\/\/[^\s<>|/]+)?\/(?:api\/)?(?:assets|experiments|templates|campaigns)\/((?:ast|exp|tpl|cmp)_[0-9A-Za-z]{6,})(?:\/[^\s<>|]*)?(?:\?[^\s<>|]*)?(?:\|[^>]*)?>?/g;

export function linksToIds(text: string): string {
  return text.replace(ID_LINK, (_whole, id: string) => id);
}
