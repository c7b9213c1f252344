// SHIM until modules-core lands: replaced by the real module at merge
// (today's classic message-template.js sets window.MessageTemplate before the page's bundle runs).
export const MessageTemplate = window.MessageTemplate;
