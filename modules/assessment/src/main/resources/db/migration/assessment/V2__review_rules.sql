-- What a learner sees of a submitted attempt at each moment (immediately, later, after their last
-- attempt, after the close), as ReviewRules.code() writes it; NULL follows the named mode in
-- `review`, as every quiz did before.
ALTER TABLE quizzes ADD COLUMN review_rules VARCHAR(64);

-- Post-tests that still show right answers after any attempt would hand the key to the next one:
-- they now show them after the learner's last attempt (or the close), the post-test's default.
UPDATE quizzes SET review = 'LAST_ATTEMPT' WHERE kind = 'POST_TEST' AND review = 'AFTER_SUBMIT';
