# $(flavor) of target-specific variables in a recipe: = recursive, := simple, and (surprise) a target-specific += on a simple global reports recursive.
G := g
t: R = r
t: S := s
t: G += more
t: ; @echo R=$(flavor R) S=$(flavor S) G=$(flavor G) [$(G)]
