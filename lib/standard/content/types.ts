/**
 * Shapes for the written content of a version of the coproduction standard.
 *
 * The standard is built on the six Leeds mental health "I Statements". Each
 * statement has criteria at level 1, 2 and 3. Every piece of text has an
 * easy-read version so that any Expert by Experience, including a person with
 * a learning disability, can read and assess against it.
 */

export type CriterionContent = {
  /** "<statement>.<level>.<letter>", for example "1.2.a". */
  code: string;
  level: 1 | 2 | 3;
  /** One plain-English sentence saying what is in place. */
  text: string;
  /** The same criterion in easy-read words. */
  easyRead: string;
  /** For the organisation and the assessor: what good looks like and what does not count. */
  guidance: string;
  /** Two to four concrete examples of evidence. */
  evidenceExamples: string[];
};

export type StatementContent = {
  number: 1 | 2 | 3 | 4 | 5 | 6;
  /** The exact wording of the I Statement. */
  text: string;
  /** What the statement asks of an organisation, and what coproducing it means. */
  explanation: string;
  easyRead: string;
  criteria: CriterionContent[];
};

export type FrameworkContent = {
  title: string;
  statements: StatementContent[];
};
