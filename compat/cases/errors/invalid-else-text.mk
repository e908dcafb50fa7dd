# "else ifnot B" (not a conditional keyword) only warns "extraneous text after 'else' directive" in 4.3 (exit 0).
ifdef A
else ifnot B
endif
all: ; @:
