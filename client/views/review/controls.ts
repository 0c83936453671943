/**
 * Accept, reject or correct what the side panel shows: an edge (its type or ends) or an entity
 * (rename, merge into another, reject), each with a short note, written as a correction
 * (server/schema/review.ts) with the reviewer's token. The reviewer is asked once per session.
 */
import type { z } from "zod";
import { ReviewableType, type CorrectionRequest, type CorrectionWithStatus, type EvidenceSpan } from "../../../server/schema/review.js";
import { ApiError } from "../../api.js";
import { h, replace } from "../../dom.js";
import { errorText } from "../../errors.js";
import { relName } from "../../i18n.js";
import { reviewApi } from "./api.js";
import { forgetToken, reviewer, setReviewer } from "./session.js";
import { rw } from "./words.js";

export type ReviewTarget =
  | { kind: "edge"; type: z.infer<typeof ReviewableType>; from: string; to: string; docId: string; evidence: EvidenceSpan }
  | { kind: "entity"; id: string; name: string };

type Request = z.input<typeof CorrectionRequest>;
// Requests without who wrote them: the session's reviewer is added when they are sent.
type Unsigned = Request extends infer R ? (R extends unknown ? Omit<R, "author"> : never) : never;

/** What a panel does once a correction is stored: redraw what it changed. */
export type OnCorrected = (c: CorrectionWithStatus, target: ReviewTarget) => void;

/** The reviewer's form when none is known yet, else the actions for `target`. */
export function reviewControls(target: ReviewTarget, onCorrected: OnCorrected): HTMLElement {
  const host = h("section", { class: "review-controls", "data-kind": target.kind });
  const draw = () => replace(host, reviewer() ? actions(target, onCorrected, draw) : reviewerForm(draw));
  draw();
  return host;
}

/** Asks for the token and a name once; kept for the session (session.ts). */
export function reviewerForm(done: () => void): HTMLElement {
  const token = h("input", { type: "password", class: "review-token", autocomplete: "off", "aria-label": rw("token"), placeholder: rw("token") });
  const author = h("input", { type: "text", class: "review-author", "aria-label": rw("author"), placeholder: rw("author"), maxlength: 80 });
  const save = (ev: Event) => {
    ev.preventDefault();
    if (!token.value.trim() || !author.value.trim()) return;
    setReviewer({ token: token.value, author: author.value });
    done();
  };
  return h("form", { class: "reviewer-form", onsubmit: save }, h("h3", {}, rw("review")), h("p", { class: "muted small-note" }, rw("tokenHint")), token, author, h("button", { type: "submit" }, rw("saveReviewer")));
}

function actions(target: ReviewTarget, onCorrected: OnCorrected, redraw: () => void): HTMLElement {
  const who = reviewer()!;
  const note = h("input", { type: "text", class: "review-note", maxlength: 1000, placeholder: rw("note"), "aria-label": rw("note") });
  const result = h("p", { class: "review-result", role: "status" });
  const extra = h("div", { class: "review-extra" });
  const send = async (body: Unsigned) => {
    replace(result, "…");
    try {
      const request = { ...body, author: who.author, note: note.value } as Request;
      const stored = await reviewApi.correct(request, who.token);
      const fresh = stored.author === who.author && stored.note === note.value.trim();
      result.dataset.status = stored.status;
      replace(result, fresh ? rw("done", { action: actionName(stored.action), status: rw(`status_${stored.status}`) }) : rw("doneBefore", { status: rw(`status_${stored.status}`) }));
      onCorrected(stored, target);
    } catch (err) {
      result.dataset.status = "error";
      replace(result, errorText(err));
      if (err instanceof ApiError && err.status === 401) {
        // A wrong or stale token is asked for again rather than sent again.
        forgetToken();
        redraw();
      }
    }
  };
  const edit = (form: HTMLElement) => replace(extra, form);
  const head = h("p", { class: "muted small-note" }, rw("reviewingAs", { author: who.author }), " ", h("button", { type: "button", class: "link", onclick: () => (forgetToken(), redraw()) }, rw("changeReviewer")));
  const framed = (...buttons: HTMLElement[]) => h("div", {}, h("h3", {}, rw("review")), head, note, h("div", { class: "actions review-actions" }, buttons), extra, result);
  if (target.kind === "edge") {
    const edge = { type: target.type, from: target.from, to: target.to, docId: target.docId };
    return framed(
      h("button", { type: "button", "data-action": "accept", onclick: () => void send({ action: "accept", edge, evidence: target.evidence }) }, rw("accept")),
      h("button", { type: "button", "data-action": "reject", onclick: () => void send({ action: "reject", edge, evidence: target.evidence }) }, rw("reject")),
      h("button", { type: "button", "data-action": "correct", onclick: () => edit(correctForm(target, (change) => void send({ action: "correct", edge, evidence: target.evidence, change }))) }, rw("correct")),
    );
  }
  const entity = target.id;
  return framed(
    h("button", { type: "button", "data-action": "accept-entity", onclick: () => void send({ action: "accept-entity", entity }) }, rw("accept")),
    h("button", { type: "button", "data-action": "reject-entity", onclick: () => void send({ action: "reject-entity", entity }) }, rw("reject")),
    h("button", { type: "button", "data-action": "rename", onclick: () => edit(oneField(rw("newName"), target.name, "rename-name", (name) => void send({ action: "rename", entity, name }))) }, rw("rename")),
    h("button", { type: "button", "data-action": "merge", onclick: () => edit(oneField(rw("mergeInto"), "", "merge-into", (into) => void send({ action: "merge", entity, into }))) }, rw("merge")),
  );
}

const actionName = (a: string) => ({ accept: rw("accept"), "accept-entity": rw("accept"), reject: rw("reject"), "reject-entity": rw("reject"), correct: rw("correct"), rename: rw("rename"), merge: rw("merge"), relabel: rw("relabel"), add: rw("added") })[a] ?? a;

/** The edge's type and ends, editable; only what changed is sent. */
function correctForm(target: Extract<ReviewTarget, { kind: "edge" }>, submit: (change: { type?: z.infer<typeof ReviewableType>; from?: string; to?: string }) => void): HTMLElement {
  const type = h("select", { class: "correct-type", "aria-label": rw("type") }, ReviewableType.options.map((t) => h("option", { value: t, selected: t === target.type }, relName(t))));
  const from = h("input", { type: "text", class: "correct-from", value: target.from, "aria-label": rw("from") });
  const to = h("input", { type: "text", class: "correct-to", value: target.to, "aria-label": rw("to") });
  const save = (ev: Event) => {
    ev.preventDefault();
    const t = type.value as z.infer<typeof ReviewableType>;
    submit({ ...(t !== target.type ? { type: t } : {}), ...(from.value.trim() !== target.from ? { from: from.value.trim() } : {}), ...(to.value.trim() !== target.to ? { to: to.value.trim() } : {}) });
  };
  return h("form", { class: "correct-form", onsubmit: save }, h("label", {}, rw("type"), type), h("label", {}, rw("from"), from), h("label", {}, rw("to"), to), h("button", { type: "submit" }, rw("correctSubmit")));
}

function oneField(label: string, value: string, cls: string, submit: (v: string) => void): HTMLElement {
  const input = h("input", { type: "text", class: cls, value, "aria-label": label });
  const save = (ev: Event) => {
    ev.preventDefault();
    if (input.value.trim()) submit(input.value.trim());
  };
  return h("form", { class: "review-field", onsubmit: save }, h("label", {}, label, input), h("button", { type: "submit" }, "✓"));
}
