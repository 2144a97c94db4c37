import { workspaceOverview } from "../core/workspace/overview.ts";
import type { Services } from "../server/services.ts";
import type { HomeData } from "./blocks.ts";
import { notMemberText } from "./member-gate.ts";
import { lookUpRefs } from "./render/names.ts";
import { idsIn, NO_REFS } from "./render/refs.ts";

/**
 * What this Slack user's App Home shows: the overview of the brands they hold a role on (admins: every brand), with
 * the names and dashboard links of what it mentions. Someone who is not a member sees who can add them, nothing else.
 */
export async function loadHomeData(services: Services, slackUserId: string): Promise<HomeData> {
  const caller = await services.people.slackCaller(slackUserId);
  if (!(await services.people.isMember(caller)))
    return {
      notMember: await notMemberText(services, slackUserId),
      pending: [],
      experiments: [],
      winners: [],
      costThisMonthMicros: 0,
      month: "",
      refs: NO_REFS,
    };
  const overview = await workspaceOverview(services, await services.authorizer.visibleBrands(caller));
  const refs = await lookUpRefs(
    services,
    idsIn(
      overview.pending.map((r) => [r.assetId, r.subjectId, r.id, r.reasons]),
      overview.experiments.map((e) => e.id),
      overview.winners.map((w) => w.id),
    ),
  );
  return { ...overview, refs };
}
