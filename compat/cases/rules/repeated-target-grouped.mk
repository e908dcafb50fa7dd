# A target named twice in a grouped rule: entered twice (`$+` lists the prerequisites
# twice), GNU's "given more than once" warning, then "overriding group membership" at the
# recipe's first line when it sets the group of each member again.
all: a b c
a b a &: x
	@echo '$@ [$^] [$+]'
c c &: x ; @echo '$@ [$^] [$+]'
x: ;
