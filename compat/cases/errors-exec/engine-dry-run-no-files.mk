#| args: -n
a: b
	touch $@
b:
	touch $@
