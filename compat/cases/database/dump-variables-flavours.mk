# -p: how each kind of global variable is shown (flavour, origin comment, define blocks,
# doubled dollars in simple values, blank values, private, override, command line).
#| args: -pn -r -R CLI=x 'SP=a  b'
#| normalise: database
R = $(X) recursive
S := a$$b
E =
B := $(subst x, ,x)
define D
line1
line2
endef
define D1
one line
endef
override O = o
private P = p
export XP = xp
A = 1
A += 2
C ?= c
all: ; @:
