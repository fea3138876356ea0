/** The sample Wix form schemas shipped with the emulator, written for it (no real site's forms). */
import type { WixForm } from '../api/wire-types'
import contactJson from './forms/contact.json'
import eventRegistrationJson from './forms/event-registration.json'
import feedbackSurveyJson from './forms/feedback-survey.json'
import purchaseJson from './forms/purchase.json'

/** "Contact us": first and last name, email, optional phone, a topic dropdown, a message (10–2,000 characters), an optional newsletter checkbox. */
export const contactForm = contactJson as WixForm
/**
 * "Summer Tech Meetup 2027 registration": full name, email, a ticket radio
 * group, guests (0–4), dietary needs (checkbox group with a custom "Other",
 * optional), an arrival date between 2027-06-14 and 2027-06-18, an optional
 * company, a required code-of-conduct checkbox, and a hidden referral source.
 */
export const eventRegistrationForm = eventRegistrationJson as WixForm
/** "Formtalk merch store": full name, email, a `PAYMENT` product list (1–4 products), shipping, an optional tip (0–50 in steps of 5), an optional gift note. */
export const purchaseForm = purchaseJson as WixForm
/** "Product feedback survey": a 1–5 rating, a 0–10 recommendation score, 1–3 highlight tags, then optional comments, email and a may-contact checkbox. */
export const feedbackSurveyForm = feedbackSurveyJson as WixForm

/** Every sample form, in the order above. */
export const sampleForms: readonly WixForm[] = [contactForm, eventRegistrationForm, purchaseForm, feedbackSurveyForm]

/** The sample forms' ids, for tests and stories. */
export const SAMPLE_FORM_IDS = {
  contact: contactForm.id,
  eventRegistration: eventRegistrationForm.id,
  purchase: purchaseForm.id,
  feedbackSurvey: feedbackSurveyForm.id,
} as const
