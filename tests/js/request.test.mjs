import assert from "node:assert/strict";
import { test } from "node:test";

import { composeMessage } from "../../theme/assets/mentor-directory/request.js";

const settings = {
  site: "Mentor Directory",
  subject: "Mentorship request via {site}",
  body: "Hi {mentor},\n\n{help}\n\nGoals: {goals}\nMy time zone: {timezone}\n" +
    "When I am usually free: {availability}\nHow to reach me: {contact}\n\n{name}",
};
const answers = { name: "", help: "", goals: [], timezone: "", availability: "", contact: "" };

test("answers left empty leave their lines out; the name and the ask show a prompt", () => {
  const { body } = composeMessage(settings, { name: "Aoi Fujimoto" }, answers);
  assert.equal(body, "Hi Aoi,\n\n[what you would like help with]\n\n[your name]");
});

test("what the mentee wrote goes in, and only what they wrote", () => {
  const { subject, body } = composeMessage(settings, { name: "Aoi Fujimoto" }, {
    ...answers, name: "Sam", help: "Moving into platform work", goals: ["Technical growth"],
    availability: " Weekday evenings ",
  });
  assert.equal(subject, "Mentorship request via Mentor Directory");
  assert.equal(body, "Hi Aoi,\n\nMoving into platform work\n\nGoals: Technical growth\n" +
    "When I am usually free: Weekday evenings\n\nSam");
});
