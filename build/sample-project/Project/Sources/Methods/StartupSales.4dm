//%attributes = {"lang":"en"}
// Startup method of the Sales users: opens the orders list.
ALERT("Welcome to Sales, "+Current user+".")
