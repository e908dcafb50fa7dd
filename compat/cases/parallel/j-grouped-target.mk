# Grouped targets under -j run their recipe once.
#| args: -j4
all: a b c ; @echo all: $^
a b c &: ; @echo once; touch a b c
