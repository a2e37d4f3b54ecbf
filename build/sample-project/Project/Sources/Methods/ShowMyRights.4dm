//%attributes = {"lang":"en"}
// Says which sample groups the current user belongs to (directly or through nested groups),
// the question the Why page of 4D Directory Editor answers without running 4D.
var $group; $list : Text
For each ($group; New collection("Management"; "Finances"; "Accounting"; "Sales"; "Support"))
	If (User in group(Current user; $group))
		$list:=$list+$group+" "
	End if
End for each
ALERT(Current user+" belongs to: "+$list)
