# Neighbours of a leading blank in ifdef's expansion that GNU accepts: trailing blanks, a tab
# after the name, nothing but blanks (an empty name, never defined), and a newline after it.
sp := $(subst S, ,S)
tab := $(subst S,	,S)
define nl


endef
name := yes
ifdef name$(sp)$(sp)
$(info trailing: yes)
endif
ifdef name$(tab)
$(info tab after: yes)
endif
ifdef $(sp)$(sp)
$(info only blanks: defined)
else
$(info only blanks: undefined)
endif
ifndef name$(nl)
$(info newline after: undefined)
else
$(info newline after: defined)
endif
ifdef $(nl)name
$(info newline first: defined)
endif
all: ; @:
