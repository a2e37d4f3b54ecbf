//%attributes = {"lang":"en"}
// Startup method of the Accounting users: a reminder of what they may change.
If (User in group(Current user; "Finances"))
	ALERT("Accounting: "+Current user+" may post entries and see the Finances reports.")
Else 
	ALERT("Accounting: "+Current user+" may post entries.")
End if
