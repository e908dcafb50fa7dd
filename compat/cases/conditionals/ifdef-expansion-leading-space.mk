# ifdef takes the name up to the first blank of its expansion: one that starts with a blank and
# has a word after it is invalid syntax; blanks alone or after the name are fine.
lead := $(subst S, ,Sname)
name := yes
ifdef $(lead)
$(info taken)
endif
all: ; @echo unreachable
