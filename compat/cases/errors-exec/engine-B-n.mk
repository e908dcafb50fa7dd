#| args: -B -n
#| setup: touch a b
a: b
	touch a
b:
	touch b
