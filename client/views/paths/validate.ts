/**
 * The paths form checked with the API's own schema (PathsQuery) before it is sent, each problem
 * said in the UI language and naming the field, instead of the server's English zod message.
 */
import { PathsQuery } from "../../../server/schema/api.js";
import { t, type MessageKey } from "../../i18n.js";

export interface PathsForm {
  from: string | undefined;
  to: string | undefined;
  mode: string;
  maxLength: string;
  limit: string;
  skipDocuments: boolean;
  skipMentions: boolean;
}

const FIELD_MESSAGES: Record<string, MessageKey> = {
  from: "pathNeedFrom",
  to: "pathNeedTo",
  maxLength: "pathMaxLengthRange",
  limit: "pathLimitRange",
  mode: "pathModeInvalid",
};

/** The query to send, or the problems to show (in the UI language). */
export function validatePaths(form: PathsForm): { ok: true; query: PathsQuery } | { ok: false; problems: string[] } {
  if (!form.from) return { ok: false, problems: [t("pathNeedFrom")] };
  if (!form.to) return { ok: false, problems: [t("pathNeedTo")] };
  if (form.from === form.to) return { ok: false, problems: [t("pathSameEnds")] };
  const parsed = PathsQuery.safeParse({ ...form, maxLength: form.maxLength.trim() || undefined, limit: form.limit.trim() || undefined });
  if (parsed.success) return { ok: true, query: parsed.data };
  const problems = parsed.error.issues.map((i) => {
    const key = FIELD_MESSAGES[String(i.path[0])];
    return key ? t(key) : `${String(i.path[0])}: ${i.message}`;
  });
  return { ok: false, problems: [...new Set(problems)] };
}
