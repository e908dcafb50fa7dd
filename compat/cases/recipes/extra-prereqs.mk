# .EXTRA_PREREQS (4.3) adds prerequisites that do not appear in $^ (manual 6.14).
.EXTRA_PREREQS = tool
all: a ; @echo all: ^=[$^]
a: ; @echo a
tool: ; @echo tool
