// SHIM until modules-core lands: replaced by the real module at merge
// (today's classic message-send.js sets window.MessageSend before the page's bundle runs).
export const MessageSend = window.MessageSend;
