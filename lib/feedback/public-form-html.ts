// The public feedback form as plain HTML: one fieldset per I Statement with the easy-read
// question as its legend, the five answers and "I don't know" as radios with faces, an optional
// comment each (inside the fieldset, so a screen reader names the question there too), and the
// carer checkbox. Sent back with errors, it keeps everything as typed and
// opens with a GOV.UK error summary (without JavaScript focus cannot move to it, so it comes
// first in <main> and is an alert). Pure.
import { DONT_KNOW_WORD, FEEDBACK_QUESTIONS, FEEDBACK_SCALE, type FeedbackQuestion } from "./questions";
import { faceSvg } from "./public-faces";
import { html, htmlPage, type SafeHtml } from "./public-html";
import type { PublicRound } from "./public-round";
import { CARER_VALUE, DONT_KNOW_VALUE, HONEYPOT_FIELD, answerField, commentField, type FeedbackFieldError, type FeedbackFormValues } from "./submit-schema";

type FormRound = Pick<PublicRound, "linkCode" | "organisationName" | "services">;

const EMPTY_VALUES: FeedbackFormValues = {
  answers: { 1: "", 2: "", 3: "", 4: "", 5: "", 6: "" },
  comments: { 1: "", 2: "", 3: "", 4: "", 5: "", 6: "" },
  isCarer: false,
};

const OPTIONS = [...FEEDBACK_SCALE.map((p) => ({ value: String(p.rating), word: p.word, face: faceSvg(p.rating) })), { value: DONT_KNOW_VALUE, word: DONT_KNOW_WORD, face: faceSvg(null) }];

/** The id of a statement's first radio: where the error summary's links lead. */
export const firstAnswerId = (n: number) => `answer-${n}-1`;

export function feedbackFormPage(round: FormRound, values: FeedbackFormValues = EMPTY_VALUES, errors: readonly FeedbackFieldError[] = []): string {
  const title = `Tell us what you think of ${round.organisationName}`;
  const content = html`${errors.length > 0 ? errorSummary(errors) : false}
<h1>${title}</h1>
<p class="lead">This is about: ${round.services}</p>
<p>There are ${FEEDBACK_QUESTIONS.length} questions. For each one, choose the answer that is most true for you.</p>
<p>You do not need to give your name. We do not ask who you are.</p>
<form method="post" action="/feedback/${round.linkCode}" novalidate>
<div class="hp" aria-hidden="true"><label for="${HONEYPOT_FIELD}">Leave this empty</label><input type="text" id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" value="" tabindex="-1" autocomplete="off"></div>
<div class="question">
<div class="option"><input type="checkbox" id="carer" name="carer" value="${CARER_VALUE}" aria-describedby="carer-hint"${values.isCarer ? html` checked` : false}><label for="carer">I am a carer or family member</label></div>
<p class="hint" id="carer-hint">Tick this if you are answering about someone you look after. You do not have to.</p>
</div>
${FEEDBACK_QUESTIONS.map((q) => question(q, values, errors))}
<button type="submit">Send my answers</button>
</form>
<h2>What happens to your answers</h2>
<p>${round.organisationName} will see everyone's answers added together, after the feedback ends, and only if at least 10 people have answered.</p>
<p>Before they read what you wrote, we take out names, phone numbers, email addresses and home addresses.</p>
<p>We do not keep anything that says who you are, or which phone or computer you used.</p>`;
  return htmlPage(errors.length > 0 ? `Error: ${title}` : title, content);
}

function errorSummary(errors: readonly FeedbackFieldError[]): SafeHtml {
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">There is a problem</h2>
<ul>${errors.map((e) => html`<li><a href="#${e.field === "answer" ? firstAnswerId(e.statementNumber) : commentField(e.statementNumber)}">${e.message}</a></li>`)}</ul>
</div>`;
}

function question(q: FeedbackQuestion, values: FeedbackFormValues, errors: readonly FeedbackFieldError[]): SafeHtml {
  const n = q.statementNumber;
  const answerError = errors.find((e) => e.statementNumber === n && e.field === "answer");
  const commentError = errors.find((e) => e.statementNumber === n && e.field === "comment");
  const chosen = values.answers[n];
  const options = OPTIONS.map((option, i) => {
    const id = `answer-${n}-${i + 1}`;
    return html`<div class="option"><input type="radio" id="${id}" name="${answerField(n)}" value="${option.value}"${chosen === option.value ? html` checked` : false}><label for="${id}">${option.face}<span>${option.word}</span></label></div>`;
  });
  const commentHint = `${commentField(n)}-hint`;
  const commentErrorId = `${commentField(n)}-error`;
  return html`<div class="question${answerError || commentError ? html` question-error` : false}">
<fieldset${answerError ? html` aria-describedby="${answerField(n)}-error"` : false}>
<legend><span class="number">Question ${n} of ${FEEDBACK_QUESTIONS.length}</span> ${q.question}</legend>
${answerError ? html`<p class="error-message" id="${answerField(n)}-error"><span class="visually-hidden">Error:</span> ${answerError.message}</p>` : false}
${options}
<div class="comment">
<label for="${commentField(n)}">Anything you want to tell us? (optional)</label>
<p class="hint" id="${commentHint}">Please do not write anyone's name, phone number or address.</p>
${commentError ? html`<p class="error-message" id="${commentErrorId}"><span class="visually-hidden">Error:</span> ${commentError.message}</p>` : false}
<textarea id="${commentField(n)}" name="${commentField(n)}" rows="4" aria-describedby="${commentHint}${commentError ? ` ${commentErrorId}` : ""}"${commentError ? html` class="textarea-error"` : false}>
${values.comments[n]}</textarea>
</div>
</fieldset>
</div>`;
}
