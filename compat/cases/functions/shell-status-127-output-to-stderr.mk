# A $(shell) or != command whose shell exits with 127 counts as a failed exec in GNU make
# 4.3: what it printed goes to stderr and the result is empty; other statuses keep it.
define B
echo hello; nosuch-program-x
endef
X != $(B)
$(info [$(X)] [$(.SHELLSTATUS)])
$(info [$(shell printf 'a\n\nb\n'; exit 127)] [$(.SHELLSTATUS)])
$(info [$(shell echo kept; exit 126)] [$(.SHELLSTATUS)])
$(info [$(shell nosuch-program-y; echo after)] [$(.SHELLSTATUS)])
all: ; @:
