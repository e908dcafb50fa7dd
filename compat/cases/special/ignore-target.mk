# .IGNORE: target ignores errors only for that target.
.IGNORE: a
all: a b
a: ; false
b: ; false
