# $| lists order-only prerequisites once each; $+ does not include them.
t: a | o o p ; @echo '+=[$+] |=[$|]'
a o p: ; @:
