// A worksheet page that carries a message template's data (the notes sheet): the worksheet
// page's script, then the thank-you preview filled as the message builder fills, with
// "Thanks sent" below it, and the people suggested offered as contacts.
import { expose } from "../expose.mjs";
import { MessageTemplate } from "../message-template.mjs";
import { startProgress } from "../progress.mjs";
import { startWorksheets } from "../worksheets.mjs";
import { startThankYou } from "../thank-you.mjs";
import { startThanksSent } from "../thanks-sent.mjs";
import { startSuggestedPeople } from "../suggested-people.mjs";

expose("MessageTemplate", MessageTemplate);
startProgress();
startWorksheets(); // the notes sheet has plain fields only: no widgets
startThankYou();
startThanksSent();
startSuggestedPeople();
