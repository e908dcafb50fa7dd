# .SILENT: target silences only that target.
.SILENT: a
all: a b
a: ; echo quiet a
b: ; echo loud b
