    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

>    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

>    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

>    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

B    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

M    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

2    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

5    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

2    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

5    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

+    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

>    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

>    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

`    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

`    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

C    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

j    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

2    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

5    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

L    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

M    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

M    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

X    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

K    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

C    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

z    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

*    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

>    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

`    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

`    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

;    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

`    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

`    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

D    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

Q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

U    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

Y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

X    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

P    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

W    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

G    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

`    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

`    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

?    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

j    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

0    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

#    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

C    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

z    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

#    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

z    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

#    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

{    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

<    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

M    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

X    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

K    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

C    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

}    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

L    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

M    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

1    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

0    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

Q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

U    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

Y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

X    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

P    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

W    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

G    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

0    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

0    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

F    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

U    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

V    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

C    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

W    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

G    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

>    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

0    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

V    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

C    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

C    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

D    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

D    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

F    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

U    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

V    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

C    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

W    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

G    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

0    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

1    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

#    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

D    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

Q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

U    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

Y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

X    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

P    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

W    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

G    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

*    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

F    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

U    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

V    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

C    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

W    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

I    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

G    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

1    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

+    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

>    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

B    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

{    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

}    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

j    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

{    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

}    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

v    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

0    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

b    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

w    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

y    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

*    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

-    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

>    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

B    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

M    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

2    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

5    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

`    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

`    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

q    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

'    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

"    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

C    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

z    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

{    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

:    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

<    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

M    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

X    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

T    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

O    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

K    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

E    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

N    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

C    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

H    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

A    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

R    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

S    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

}    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

L    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

x    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

l    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

M    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

=    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

p    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

[    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

f    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

u    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

d    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

,    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

_    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

     def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

m    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

c    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

h    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

.    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

r    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

a    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

i    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

g    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

(    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

t    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

o    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

k    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

e    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

n    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

s    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

)    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

]    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)


    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

