// The host page's own part of the embedding: the customer record for <manetti-your-data>,
// and storing the receipt when the customer accepts.
document.querySelector("manetti-your-data").customer = {
  customerType: "private",
  profile: { firstName: "Jan", lastName: "Jansen", email: "jan@example.nl" },
  services: ["domain", "mailbox-office365"],
  events: ["contacted-email"],
};
document.addEventListener("privacy-accepted", (event) => {
  localStorage.setItem("manetti-privacy-embed-receipt", JSON.stringify(event.detail));
});
