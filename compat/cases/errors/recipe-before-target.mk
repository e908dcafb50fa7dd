# A tab-indented line before any rule: "recipe commences before first target".
	echo orphan
all: ; @echo ok
