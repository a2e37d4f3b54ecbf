//%attributes = {"lang":"en"}
// Startup method of the Support desk: support staff see every open ticket.
If (User in group(Current user; "Support"))
	ALERT("Support desk ready.")
End if
