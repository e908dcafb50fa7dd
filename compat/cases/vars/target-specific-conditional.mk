# Target-specific ?= only sets the value when the variable is not already defined globally.
G = global
t: G ?= ts
t: N ?= ts
t: ; @echo G=$(G) N=$(N)
