/* The server's refusals, hints and problems in English: see catalogue.ts. */

export const en = {
  'problem.invalid-input': 'The request is not valid.',
  'problem.refused': 'The request was refused.',
  'problem.not-found': 'Not found.',
  'problem.conflict':
    'The ledger changed or is in a state that does not allow this; reload and try again.',
  'problem.forbidden': 'You are not allowed to do this.',
  'value.hours-per-day':
    '{memberId} would log {hours} hours on {date} ({already} already logged + {adding} here), over the limit of {limit} hours per member per calendar day',
  'proposal.deadline-past': 'must be after {now}',
  'proposal.no-such-member': 'there is no such member',
  'member.timeline-required': 'fast-track, agile or long-run',
  'distribution.payout-over-owed':
    '{amount} is more than the run of {period} still owes this member ({owedAmount})',
  'member.not-in-circle': 'not a member of this circle',
  'member.not-in-constituency': 'not a member of this constituency',
  'refusal.invitation-cannot-be-accepted': 'The invitation cannot be accepted with these details.',
  'refusal.display-name-missing': 'Choose the name other members will see you by.',
  'refusal.member-already-has-account': 'This member already has an account.',
  'hint.sign': 'Sign in with it.',
  'refusal.account-email-already-exists': 'An account with this email already exists.',
  'hint.sign-use-another-email': 'Sign in with it, or use another email.',
  'refusal.inviter-may-no-longer-invite':
    'The member who invited you may no longer add members, so this invitation cannot be accepted.',
  'hint.ask-another-member-new-invitation': 'Ask another member for a new invitation.',
  'refusal.session-not-valid':
    'This session is not valid: it was signed out, or never issued by this node.',
  'hint.sign-again': 'Sign in again.',
  'refusal.session-expired': 'This session expired at {at}.',
  'refusal.api-token-never-issued':
    'This API token is not valid: it was never issued by this node.',
  'hint.check-was-copied-whole-create-new':
    'Check that it was copied whole, or create a new one with POST /api/tokens.',
  'refusal.api-token-expired': 'This API token expired at {at}.',
  'hint.create-new-one-post-api-tokens': 'Create a new one with POST /api/tokens.',
  'refusal.api-token-revoked': 'This API token was revoked at {at}.',
  'refusal.invitation-never-issued':
    'This invitation is not valid: it was never issued by this node.',
  'hint.check-whole-link-was-copied-ask':
    'Check that the whole link was copied, or ask the member who invited you for a new one.',
  'refusal.invitation-expired': 'This invitation expired at {at}.',
  'hint.ask-member-who-invited-you-new': 'Ask the member who invited you for a new one.',
  'refusal.invitation-already-accepted':
    'This invitation was already accepted at {at}; each invitation works once.',
  'hint.sign-email-password-chosen-then-ask':
    'Sign in with the email and password chosen then, or ask for a new invitation.',
  'refusal.password-link-never-issued':
    'This password link is not valid: it was never issued by this node.',
  'hint.check-whole-link-was-copied-ask-2':
    'Check that the whole link was copied, or ask a founder for a new one.',
  'refusal.password-link-expired': 'This password link expired at {at}.',
  'hint.ask-founder-new-one': 'Ask a founder for a new one.',
  'refusal.password-link-already-used':
    'This password link was already used (or replaced by a newer one) at {at}; each link works once.',
  'hint.sign-password-chosen-then-ask-founder':
    'Sign in with the password chosen then, or ask a founder for a new link.',
  'refusal.email-password-wrong': 'The email or the password is wrong.',
  'hint.check-both-repeated-failures-pause-sign':
    'Check both; repeated failures pause sign-in for this account for a while.',
  'refusal.password-cannot-be-changed': 'The password cannot be changed with these details.',
  'refusal.no-account-with-password': 'You have no account with a password on this node.',
  'hint.accounts-come-from-accepting-invitation-api':
    'Accounts come from accepting an invitation; API tokens have no password.',
  'refusal.new-password-same-as-current': 'The new password is the same as the current one.',
  'refusal.kept-keys-need-re-encrypting':
    'Your signing keys are kept on this node encrypted under your current password.',
  'refusal.token-cannot-be-created': 'The token cannot be created like this.',
  'refusal.no-such-founder': 'There is no founder {founderId}.',
  'refusal.founder-already-has-account': 'This founder already has an account.',
  'hint.sign-lost-password-needs-another-founder':
    'Sign in with it; a lost password needs another founder or a new invitation.',
  'refusal.invitation-cannot-be-issued': 'The invitation cannot be issued with these terms.',
  'refusal.member-has-no-password':
    'Member {memberId} has no account with a password on this node.',
  'hint.only-members-who-accepted-invitation-have':
    'Only members who accepted an invitation have a password; invite the others.',
  'refusal.member-left-no-password-reset':
    'Member {memberId} has left the DisCO; a password of theirs cannot be reset.',
  'hint.record-their-return-first': 'Record their return first.',
  'refusal.key-cannot-be-stored': 'The key cannot be stored.',
  'refusal.no-account-to-keep-keys': 'You have no account on this node to keep a key with.',
  'hint.sign-account-not-only-api-token':
    'Sign in with an account (not only an API token of a member without one).',
  'refusal.node-has-no-founded-ledger': 'This node has no ledger with a founder yet.',
  'hint.start-one-disco-init': 'Start one with disco init.',
  'refusal.every-founder-already-has-account': 'Every founder already has an account.',
  'hint.sign-another-founder-can-invite-new':
    'Sign in with it; another founder can invite new members with disco member invite.',
  'refusal.new-password-cannot-be-set': 'The new password cannot be set.',
  'refusal.no-such-api-token': 'There is no API token {id}.',
  'hint.get-api-tokens-lists-yours': 'GET /api/tokens lists yours.',
  'refusal.member-has-no-account': 'Member {target} has no account on this node.',
  'refusal.sign-in-needs-email-and-password': 'Sign-in needs an email and a password.',
  'refusal.steward-cannot-be-appointed': 'The steward cannot be appointed.',
  'refusal.no-such-circle': 'There is no circle {ref}.',
  'hint.list-circles-see-their-slugs': 'List circles to see their slugs.',
  'refusal.circle-cannot-be-created': 'The circle cannot be created.',
  'refusal.stewardship-cannot-be-ended': 'The stewardship cannot be ended.',
  'refusal.say-which-member': 'Say which member.',
  'refusal.member-cannot-join-circle': 'The member cannot join this circle.',
  'refusal.member-cannot-leave-circle': 'The member cannot leave this circle.',
  'refusal.circle-cannot-be-shown': 'The circle cannot be shown.',
  'hint.fix-fields-named-send-whole-document':
    'Fix the fields named and send the whole document again.',
  'hint.commit-month-after-last-closed-one':
    'Commit the month after the last closed one, once it has ended (`disco distribution show` lists the runs).',
  'refusal.ledger-changed-while-run-was-computed': 'The ledger changed while the run was computed.',
  'hint.commit-run-again': 'Commit the run again.',
  'refusal.flows-cannot-be-shown': 'The flows cannot be shown.',
  'refusal.no-flows-without-parameters':
    'There are no flows for {period}: no CAT parameters are set yet.',
  'hint.founder-sets-first-parameter-document-disco':
    'A founder sets the first parameter document (disco cat params --set FILE).',
  'refusal.date-in-closed-month': '{date} is in a month already closed by a distribution run.',
  'hint.record-current-month-corrections-go-later':
    'Record it in the current month: corrections go in a later period.',
  'refusal.no-such-ledger': 'There is no ledger yet.',
  'hint.run-disco-init-first': 'Run `disco init` first.',
  'refusal.expenses-cannot-be-listed': 'The expenses cannot be listed.',
  'refusal.income-cannot-be-listed': 'The income cannot be listed.',
  'refusal.payout-list-cannot-be-made': 'The payout list cannot be made.',
  'hint.fix-fields-named-parameter-document': 'Fix the fields named in the parameter document.',
  'refusal.distribution-cannot-be-previewed': 'The distribution cannot be previewed.',
  'hint.preview-month-after-last-closed-one':
    'Preview the month after the last closed one, or a closed month itself.',
  'refusal.expense-cannot-be-recorded': 'The expense cannot be recorded.',
  'refusal.income-cannot-be-recorded': 'The income cannot be recorded.',
  'refusal.another-cat-parameter-version-was-recorded':
    'Another CAT parameter version was recorded meanwhile.',
  'hint.read-parameters-again-retry': 'Read the parameters again and retry.',
  'refusal.payout-cannot-be-recorded': 'The payout cannot be recorded.',
  'refusal.no-such-member': 'There is no member {memberId}.',
  'hint.name-member-id-disco-member-list':
    'Name the member by id (`disco member list`), or by the name the run shows (`disco distribution explain RUN`).',
  'refusal.given-run-state-hash-mismatch':
    'The run state given for run {runId} hashes to {hash}, not to {hash2} as its event recorded; it was not stored.',
  'hint.recompute-from-ledger-disco-distribution-repair':
    'Recompute it from the ledger with `disco distribution repair-state {runId}`.',
  'refusal.no-such-distribution-run': 'There is no distribution run {runIdOrPeriod}.',
  'hint.name-run-id-month-disco-distribution':
    'Name a run by its id or its month (`disco distribution show` lists them).',
  'refusal.run-has-no-state-to-repair':
    'Run {runIdOrPeriod} was recorded before run states (schema 1): it has no state to repair.',
  'hint.run-after-folds-from-event-1': 'The run after it folds from event 1.',
  'refusal.run-state-missing':
    'The recorded state of run {runId} ({period}) is missing, so the next run cannot start from it.',
  'refusal.run-state-hash-mismatch':
    'The recorded state of run {runId} ({period}) does not match the hash its event recorded ({hash}; the stored state hashes to {hash2}).',
  'refusal.cat-document-not-json-object': 'The CAT parameter document must be a JSON object.',
  'refusal.cat-parameters-already-set':
    'The CAT parameters are already set; only a collective decision changes them now.',
  'hint.open-cat-parameter-change-proposal-new':
    'Open a cat-parameter-change proposal with the new document (disco propose --kind cat-parameter-change).',
  'refusal.books-cannot-be-shown': 'The books cannot be shown.',
  'hint.list-runs-get-api-distribution-runs':
    'List the runs with GET /api/distribution/runs (disco distribution show).',
  'refusal.run-cannot-be-shown': 'The run cannot be shown.',
  'refusal.no-such-distribution-run-at-path':
    'There is no distribution run {runIdOrPeriod} in {path}.',
  'hint.name-run-id-month-yyyy-mm': 'Name a run by its id or its month (YYYY-MM).',
  'refusal.file-run-state-hash-mismatch':
    'The run state of run {id} ({period}) in {path} hashes to {hash}, not to {hash2} as its event recorded.',
  'hint.verify-from-event-1-without-from': 'Verify from event 1, without --from-state.',
  'refusal.what-if-cannot-be-computed': 'The what-if cannot be computed.',
  'refusal.proposal-cannot-be-amended': 'The proposal cannot be amended.',
  'refusal.proposal-was-amended-meanwhile': 'The proposal was amended meanwhile.',
  'hint.read-again-amend-new-version': 'Read it again and amend the new version.',
  'refusal.proposal-was-carried-out-meanwhile': 'The proposal was carried out meanwhile.',
  'refusal.ballot-cannot-be-cast': 'The ballot cannot be cast.',
  'refusal.proposal-was-amended-while-you-voted': 'The proposal was amended while you voted.',
  'hint.read-new-version-vote-again': 'Read the new version and vote again.',
  'refusal.ballot-not-valid': 'The ballot is not valid.',
  'refusal.ballot-would-not-be-counted': 'The ballot would not be counted.',
  'refusal.proposal-stays-open-until-deadline': 'This proposal stays open until {deadline}.',
  'refusal.proposal-was-closed-meanwhile': 'The proposal was closed meanwhile.',
  'refusal.no-such-comment-proposal': 'There is no such comment on this proposal.',
  'hint.list-comments-at': 'List them with GET {path}.',
  'refusal.delegation-circle-or-topic': 'A delegation is for a circle or a topic, not both.',
  'refusal.comment-cannot-be-edited': 'The comment cannot be edited.',
  'refusal.governance-parameters-unknown-constituency':
    'The governance parameters name an unknown constituency.',
  'refusal.comments-cannot-be-listed': 'The comments cannot be listed.',
  'refusal.proposals-cannot-be-listed': 'The proposals cannot be listed.',
  'refusal.cursor-not-from-this-node': 'The cursor is not one this node gave out.',
  'refusal.notifications-cannot-be-marked-read': 'The notifications cannot be marked read.',
  'refusal.notifications-not-yours': 'Some of those are not your notifications.',
  'hint.list-them-get-api-notifications': 'List them with GET /api/notifications.',
  'refusal.proposal-cannot-be-opened': 'The proposal cannot be opened.',
  'refusal.comment-cannot-be-posted': 'The comment cannot be posted.',
  'refusal.reply-cannot-be-posted': 'The reply cannot be posted.',
  'refusal.no-such-proposal': 'There is no such proposal.',
  'hint.list-proposals-get-api-proposals': 'List proposals with GET /api/proposals.',
  'refusal.proposal-takes-no-changes': 'This proposal is {status}: it takes no more changes.',
  'hint.see-outcome-at': 'See its outcome with GET {path}.',
  'refusal.proposal-deadline-has-passed':
    "This proposal's deadline ({deadline}) has passed: it takes no more changes.",
  'hint.being-closed-tallied': 'It is being closed and tallied.',
  'refusal.settings-do-not-fit-method': 'These settings do not fit the {method} method.',
  'refusal.membership-change-about-nobody': 'The membership change is about nobody.',
  'refusal.deadline-not-in-future': 'The deadline must be in the future.',
  'refusal.reaction-cannot-be-recorded': 'The reaction cannot be recorded.',
  'refusal.delegation-cannot-be-revoked': 'The delegation cannot be revoked.',
  'refusal.you-have-no-delegation-scope': 'You have no delegation in that scope.',
  'hint.see-yours-get-api-delegations': 'See yours with GET /api/delegations.',
  'refusal.delegation-cannot-be-set': 'The delegation cannot be set.',
  'refusal.disco-does-not-use-delegation': 'This DisCO does not use delegation.',
  'hint.switched-proposal-sets-governance-parameter-delegation':
    'It is switched on by a proposal that sets the governance parameter delegation.enabled.',
  'refusal.delegation-would-make-cycle': 'The delegation would make a cycle.',
  'refusal.governance-parameters-cannot-be-set': 'The governance parameters cannot be set.',
  'refusal.governance-parameters-already-set':
    'The governance parameters are set: from now on only a passed proposal changes them.',
  'refusal.proposal-cannot-be-shown': 'The proposal cannot be shown.',
  'refusal.outcome-cannot-be-stated': 'The outcome cannot be stated.',
  'refusal.proposal-not-closed-yet':
    'This proposal is {status}: an outcome is stated once it closed.',
  'refusal.review-date-not-in-future': 'The review date must be in the future.',
  'refusal.constituency-does-not-vote':
    'Not allowed: none of your constituencies votes on {kind} proposals.',
  'hint.see-get-api-governance-parameters-who':
    'See GET /api/governance/parameters for who votes on what.',
  'refusal.proposal-cannot-be-withdrawn': 'The proposal cannot be withdrawn.',
  'refusal.batch-empty': 'Nothing to record: the batch is empty.',
  'refusal.event-not-canonical-json':
    'The event cannot be recorded: part of it has no canonical JSON form.',
  'refusal.node-has-no-signing-key': 'This node has no signing key.',
  'refusal.ledger-belongs-to-another-node':
    'This ledger was started by another node; this node may read and verify it but not write to it.',
  'hint.write-node-holds-key-start-new':
    'Write on the node that holds its key, or start a new ledger in another data directory.',
  'refusal.event-not-valid': 'The {type} event is not valid.',
  'refusal.member-signature-does-not-match-event': 'The member signature does not match the event.',
  'refusal.event-signed-by-unknown-key':
    'The event is signed with a key that is not a registered, unrevoked key of its actor.',
  'refusal.no-ledger-to-back-up': 'There is no ledger in {dataDir} to back up.',
  'hint.pass-data-directory-node-data-dir': 'Pass the data directory of the node with --data-dir.',
  'refusal.file-already-exists': '{file} already exists.',
  'hint.choose-new-file-name-backup-never': 'Choose a new file name; a backup never overwrites.',
  'refusal.command-needs-sqlite':
    'disco {what} works on the embedded SQLite database; this node runs on PostgreSQL.',
  'refusal.no-such-ledger-export': 'There is no ledger to export.',
  'refusal.ledger-event-missing':
    'The chain head says the ledger has {size} events, but event {seq} is missing from the database; an export would promise events it does not hold, so none was written.',
  'hint.run-disco-ledger-verify-see-what':
    'Run `disco ledger verify` to see what is wrong, and restore the database from a backup or an earlier export.',
  'refusal.import-needs-empty-database':
    'This database already holds a ledger of {size} events; an import needs an empty one.',
  'hint.import-into-new-data-dir': 'Import into a new --data-dir.',
  'refusal.ledger-file-does-not-verify':
    'The file does not verify at event {seq}: {reason}. Nothing was imported.',
  'hint.ask-fresh-export-run-disco-ledger':
    'Ask for a fresh export, or run `disco ledger verify --file` on it to see the fault.',
  'refusal.disco-cannot-be-created': 'The DisCO cannot be created with these settings.',
  'refusal.database-already-holds-ledger': 'This database already holds a ledger.',
  'hint.use-another-data-dir-database-url':
    'Use another --data-dir or DATABASE_URL to start a new one.',
  'refusal.write-runs-differently-now': 'This write no longer runs as it did when it was prepared.',
  'hint.prepare-again-send-disco-intent-prepare':
    'Prepare it again (send it with `Disco-Intent: prepare`), sign the new intents and commit.',
  'refusal.file-not-ledger-export': '{path} is not a disco-cat ledger export: line {line} {why}.',
  'hint.export-ledger-disco-ledger-export-file': 'Export a ledger with `disco ledger export FILE`.',
  'refusal.no-such-file-path': 'There is no file {path}.',
  'refusal.stored-proof-not-valid':
    'The stored Merkle tree (or the checkpoint signed over it) does not give a valid proof of {what}, so none is served.',
  'hint.run-disco-ledger-verify-node-names':
    'Run `disco ledger verify` on the node: it names the stored node that disagrees with the events.',
  'refusal.no-such-event-in-ledger': 'There is no event {seq}; the ledger has {size}.',
  'hint.sequence-numbers-start-1': 'Sequence numbers start at 1.',
  'refusal.no-inclusion-proof': 'No proof of event {seq} in a tree of size {size}.',
  'refusal.no-such-event': 'There is no event {seq}.',
  'refusal.no-consistency-proof': 'No consistency proof for these sizes.',
  'refusal.only-ledger-node-signs-checkpoints':
    'Only the node that holds the ledger key can sign its checkpoints.',
  'refusal.no-such-backup-file': 'There is no backup at {file}.',
  'refusal.data-directory-holds-ledger': '{dataDir} already holds a ledger.',
  'hint.pass-replace-restore-over-current-files':
    'Pass --replace to restore over it; the current files are kept in replaced-<time>/ inside it.',
  'refusal.backup-ledger-does-not-verify':
    "The backup's ledger does not verify at event {seq}: {reason}.",
  'hint.nothing-was-replaced-restore-older-backup':
    'Nothing was replaced. Restore an older backup, or keep this one for investigation.',
  'refusal.data-directory-in-use':
    'A server (or another disco command) has this data directory open.',
  'hint.stop-server-then-run-disco-restore':
    'Stop the server, then run disco restore again; nothing was replaced.',
  'refusal.backup-cannot-be-restored': '{file} cannot be restored: {why}.',
  'backup.reason.not-a-database': 'it is not a SQLite database',
  'backup.reason.damaged': 'it is damaged (SQLite’s quick check failed)',
  'backup.reason.not-from-disco-backup':
    'it is a SQLite database, but not one written by disco backup',
  'backup.reason.other': 'it cannot be opened as a backup',
  'hint.pass-file-made-disco-backup-nothing':
    'Pass a file made by disco backup; nothing was replaced.',
  'refusal.member-signature-required':
    'This DisCO requires a member signature on {types} events, and this write carries none.',
  'hint.register-signing-key-your-device-disco':
    'Register a signing key on your device (`disco member key` in the CLI, or Settings → Signing keys in the Deck); the CLI and the Deck then sign every write themselves.',
  'refusal.write-now-two-steps':
    'This write now records member events in two steps; the prepared draft covers one.',
  'hint.prepare-again-sign-new-intents-commit':
    'Prepare it again, sign the new intents and commit.',
  'refusal.write-intent-count-changed':
    'This write now records {mineCount} events for you to sign; {preparedCount} were prepared.',
  'refusal.write-changed-since-prepared':
    'This write no longer records the intents you signed: the DisCO changed since it was prepared.',
  'hint.prepare-again-read-new-intents-sign':
    'Prepare it again, read the new intents, sign and commit.',
  'refusal.member-signature-count-wrong':
    '{MEMBER_SIG_HEADER} must hold {mineCount} signature(s), one per prepared intent, in order; it holds {sigsCount}.',
  'refusal.member-signature-does-not-verify':
    'A member signature does not verify: it must be the Ed25519 signature, by the key in Disco-Member-Key, of the intent exactly as prepared.',
  'hint.sign-utf-8-bytes-intents-i':
    'Sign the UTF-8 bytes of `intents[i].intent` from the prepare answer, unchanged.',
  'refusal.draft-already-committed':
    'This prepared write was already committed; a draft is recorded once.',
  'hint.record-again-prepare-new-draft': 'To record it again, prepare a new draft.',
  'refusal.member-cannot-be-added': 'The member cannot be added.',
  'refusal.mentor-cannot-be-assigned': 'The mentor cannot be assigned.',
  'refusal.dating-needs-timeline': 'Dating needs a timeline.',
  'refusal.level-cannot-be-changed': 'The level cannot be changed.',
  'refusal.constituency-cannot-be-defined': 'The constituency cannot be defined.',
  'refusal.no-such-leave': 'There is no leave {leaveId}.',
  'hint.list-leaves-disco-leave-list-find': 'List leaves (disco leave list) to find their ids.',
  'refusal.member-cannot-join-constituency': 'The member cannot join this constituency.',
  'refusal.member-cannot-leave-constituency': 'The member cannot leave this constituency.',
  'refusal.leaves-cannot-be-listed': 'The leaves cannot be listed.',
  'refusal.members-cannot-be-listed': 'The members cannot be listed.',
  'refusal.no-such-constituency': 'There is no such constituency.',
  'refusal.commitment-statement-cannot-be-recorded': 'The commitment statement cannot be recorded.',
  'refusal.milestone-cannot-be-recorded': 'The milestone cannot be recorded.',
  'refusal.key-cannot-be-registered': 'The key cannot be registered.',
  'refusal.mentor-cannot-be-removed': 'The mentor cannot be removed.',
  'hint.list-members-find-their-ids': 'List members to find their ids.',
  'refusal.key-cannot-be-revoked': 'The key cannot be revoked.',
  'refusal.rights-cannot-be-changed': 'The rights cannot be changed.',
  'refusal.no-constituency-with-id': 'There is no constituency {constituencyId}.',
  'hint.list-constituencies-see-their-slugs': 'List constituencies to see their slugs.',
  'refusal.profile-cannot-be-shown': 'The profile cannot be shown.',
  'refusal.member-cannot-be-shown': 'The member cannot be shown.',
  'refusal.not-signed-in-because': 'Not signed in: {reason}.',
  'hint.sign-pass-api-token': 'Sign in, or pass an API token.',
  'refusal.not-allowed-because': 'Not allowed: {reason}.',
  'refusal.level-change-not-allowed': 'This level change is not allowed.',
  'refusal.contribution-cannot-be-acknowledged': 'The contribution cannot be acknowledged.',
  'refusal.contribution-cannot-be-disputed': 'The contribution cannot be disputed.',
  'refusal.dispute-cannot-be-withdrawn': 'The dispute cannot be withdrawn.',
  'refusal.care-indicators-cannot-be-shown': 'The care indicators cannot be shown.',
  'refusal.contributions-cannot-be-exported': 'The contributions cannot be exported.',
  'refusal.contributions-cannot-be-imported': 'The contributions cannot be imported.',
  'refusal.file-has-problems':
    'The file was not imported: {problemsCount} problem(s); nothing was recorded.',
  'hint.fix-every-row-listed-import-whole': 'Fix every row listed and import the whole file again.',
  'refusal.file-holds-no-contributions': 'The file holds no contributions.',
  'store.no-checkpoint-for-size':
    'no checkpoint for tree size {treeSize}: the ledger has {size} events',
  'store.checkpoint-already-recorded': 'a checkpoint for tree size {treeSize} is already recorded',
  'store.import-needs-empty-store':
    'a ledger can only be imported into an empty store; this one has {size} events',
  'store.event-does-not-follow': 'event {seq} does not follow event {size} of the imported chain',
  'store.checkpoint-does-not-match':
    'checkpoint at tree size {treeSize} does not match the imported events',
  'store.checkpoint-beyond-import':
    'checkpoint at tree size {treeSize} is beyond the {size} imported events',
  'refusal.no-such-route': 'There is no route {method} {path}.',
  'hint.routes-listed-in': 'The routes are listed in {document}.',
  'refusal.no-such-deck-file': 'The Deck has no file {path}.',
  'hint.reload-for-newer-deck':
    'The Deck may have been updated since this page was loaded: reload it.',
  'refusal.request-part-invalid': "The request's {location} is not valid.",
  'hint.see-what-each-parameter-accepts': 'See {document} for what each parameter accepts.',
  'refusal.body-too-large':
    'The request body is larger than {size}, the most {method} {path} accepts.',
  'hint.send-smaller-body':
    'Send a smaller body; the node operator sets this limit with {setting}.',
  'refusal.body-not-json': 'The request body is not well-formed JSON.',
  'hint.send-well-formed-json':
    'Send the body as JSON with Content-Type: application/json; check quotes, commas and brackets.',
  'refusal.unsupported-media-type': 'This route does not read a body of this type.',
  'hint.send-json-media-type': 'Send the body as JSON with Content-Type: application/json.',
  'refusal.server-failed':
    'The server failed to answer this request. It was logged with request id {requestId}.',
  'hint.try-again-then-tell-operator':
    'Try again later; if it keeps failing, tell the node operator the request id.',
  'refusal.evaluation-cannot-be-opened': 'The evaluation cannot be opened.',
  'hint.evaluate-after-quarter-ends':
    'A quarter is evaluated once it has ended: its facts would still change.',
  'refusal.evaluation-already-exists': '{quarter} already has an evaluation for this scope.',
  'hint.list-evaluations': 'List evaluations to see them (`disco evaluation list`).',
  'refusal.no-evaluation-id': 'There is no evaluation {evaluationId}.',
  'refusal.evaluation-closed': 'The evaluation of {quarter} is closed.',
  'hint.reflect-in-next-evaluation': 'Bring it to the next evaluation, or propose a change.',
  'refusal.reflection-cannot-be-recorded': 'The reflection cannot be recorded.',
  'refusal.evaluation-cannot-be-closed': 'The evaluation cannot be closed.',
  'hint.open-proposal-first':
    'Open the proposal first (a review, or new duties), then close the evaluation with it.',
  'refusal.evaluations-cannot-be-listed': 'The evaluations cannot be listed.',
  // Federation economy (issue 19).
  'refusal.decision-not-passed':
    'Proposal {proposalId} has not passed; only a passed proposal decides this.',
  'refusal.commons-resource-not-in-registry':
    'There is no commons resource {resourceId} in the registry (never registered, or withdrawn).',
  'refusal.commons-resource-cannot-be-updated': 'The commons resource cannot be updated.',
  'refusal.commons-resource-cannot-be-withdrawn': 'The commons resource cannot be withdrawn.',
  'refusal.federation-not-configured':
    'This node is not federated: it has no ActivityPub actor to speak to other DisCOs.',
  'refusal.federation-peer-unknown':
    '{peer} is not a DisCO this one federates with; federate with it by decision first.',
  'refusal.transfer-cannot-be-sent': 'The solidarity transfer cannot be sent.',
  'refusal.transfer-cannot-be-accepted': 'The solidarity transfer cannot be accepted.',
  'refusal.transfer-cannot-be-cancelled': 'The solidarity transfer cannot be cancelled.',
  'refusal.transfer-already-decided':
    'Proposal {proposalId} already decided transfer {transferId}; a decision sends one transfer.',
  'refusal.transfer-unknown': 'There is no transfer {transferId} with that DisCO.',
  'refusal.transfer-not-open':
    'Transfer {transferId} is {status}: it no longer waits for an answer.',
  'refusal.transfer-currency-not-ours':
    'The transfer is in {currency}, but this DisCO keeps its books in {base}; decline it and ask for {base}.',
  'refusal.transfer-cancelled': 'The offering DisCO withdrew the transfer.',
  'refusal.credit-line-cannot-be-set': 'The credit line cannot be set.',
  'refusal.credit-cannot-be-sent': 'The mutual-credit transfer cannot be sent.',
  'refusal.credit-line-missing':
    'There is no open credit line with {peer}; a passed proposal must set its limit first.',
  'refusal.credit-line-over-limit':
    'This transfer would pass the credit limit of {limitAmount} with {peer} (balance {balanceAmount}); at most {roomAmount} can still move this way.',
  'refusal.credit-currency-differs':
    'The transfer is in {currency}, but the credit line is kept in {line}.',
  'refusal.credit-refused-by-peer': 'The other DisCO refused the mutual-credit transfer.',
  'refusal.idempotency-keep-days-out-of-range':
    'The {KEEP_DAYS_HEADER} header must be a whole number of days from 1 to {max}.',
  'hint.idempotency-keep-days-whole-number':
    'Send a number of days from 1 to {max}, or leave the header out to keep the key for a day.',
  'refusal.activity-cannot-be-listed': 'The activity cannot be listed.',
  'refusal.search-cannot-run': 'The search cannot be run.',
  'hint.search-with-words':
    'Search with one or more words (letters or digits), at most 200 characters.',
  'refusal.federation-needs-public-url': 'This node has no public URL, so it cannot federate.',
  'hint.federation-set-public-url':
    'Start the server with --public-url (DISCO_PUBLIC_URL) set to the address other DisCOs reach it at.',
  'refusal.federation-peer-unreachable': 'Could not read the DisCO {target}: {reason}.',
  'hint.federation-check-peer-address':
    'Check the handle (disco@coop.example) or the actor URL, and that the DisCO is online.',
  'refusal.activity-proof-too-old':
    "The activity's proof was made at {created}, longer ago than the {maxAge} seconds this DisCO accepts.",
  'refusal.activity-proof-from-future':
    "The activity's proof is dated {created}, more than an hour ahead of this DisCO's clock.",
  'hint.activity-proof-sign-again':
    'Prove the activity again as it is sent (eddsa-jcs-2022), with its created time now.',
  'hint.activity-proof-check-clock':
    "Check the sending server's clock (NTP), then send the activity proved again.",
  'refusal.federation-relation-unknown': 'This DisCO has no federation relation with {peer}.',
  'refusal.federation-already-following': 'This DisCO already follows {peer}.',
  'refusal.federation-not-following':
    'This DisCO does not follow {peer}, so there is nothing to unfollow.',
  'refusal.federation-cannot-follow-itself': 'A DisCO cannot follow itself.',
  'refusal.notification-settings-cannot-be-changed': 'The notification settings cannot be changed.',
  'refusal.unsubscribe-link-not-valid': 'This unsubscribe link is not valid.',
  'hint.change-notification-settings':
    'Change your notification settings in the Deck, or with `disco notify settings`.',
  'refusal.webhook-cannot-be-added': 'The webhook cannot be added.',
  'refusal.no-webhook-id': 'There is no webhook "{id}".',
  'hint.list-webhooks': 'List them with GET /api/webhooks.',
  'refusal.thanks-cannot-be-recorded': 'The thanks cannot be recorded.',
  'refusal.no-contribution-id': 'There is no contribution {contributionId}.',
  'refusal.thanks-cannot-be-listed': 'The thanks cannot be listed.',
  'refusal.no-checkin-you-may-read': 'There is no check-in {checkinId} you may read.',
  'hint.checkin-shown-only-to-audience':
    'A check-in is shown only to the audience its author chose.',
  'refusal.retention-cannot-be-set': 'The retention cannot be set.',
  'refusal.checkin-cannot-be-deleted': 'The check-in cannot be deleted.',
  'refusal.checkins-cannot-be-listed': 'The check-ins cannot be listed.',
  'refusal.checkin-cannot-be-shown': 'The check-in cannot be shown.',
  'refusal.checkin-cannot-be-recorded': 'The check-in cannot be recorded.',
  'refusal.no-calendar-feed-here': 'There is no calendar feed at this address.',
  'hint.make-new-feed-link': 'Make a new feed link in the Deck (Rhythms).',
  'refusal.attendance-cannot-be-recorded': 'Who took part cannot be recorded.',
  'refusal.rhythm-cannot-be-created': 'The rhythm cannot be created.',
  'refusal.rhythm-cannot-be-changed': 'The rhythm cannot be changed.',
  'refusal.rhythm-cannot-be-ended': 'The rhythm cannot be ended.',
  'refusal.gathering-cannot-be-credited': 'The gathering’s time cannot be credited.',
  'hint.record-who-took-part-first': 'Record who took part first.',
  'refusal.rhythms-cannot-be-listed': 'The rhythms cannot be listed.',
  'refusal.rhythm-cannot-be-shown': 'The rhythm cannot be shown.',
  'hint.rrule-looks-like': 'An RRULE looks like FREQ=WEEKLY;BYDAY=TU (RFC 5545).',
  'refusal.no-rhythm-id': 'There is no rhythm {rhythmId}.',
  'hint.list-rhythms-see-ids': 'List rhythms to see their ids.',
  'refusal.file-cannot-be-read': 'Cannot read {path}: {reason}.',
  'hint.check-path-may-read-file': 'Check the path and that you may read the file.',
  'refusal.file-not-imported': 'The file was not imported; nothing was recorded.',
  'refusal.duties-cannot-be-shown': 'The duties cannot be shown.',
  'refusal.contribution-cannot-be-edited': 'The contribution cannot be edited.',
  'refusal.contributions-cannot-be-listed': 'The contributions cannot be listed.',
  'refusal.contribution-cannot-be-logged': 'The contribution cannot be logged.',
  'refusal.project-cannot-be-created': 'The project cannot be created.',
  'refusal.project-cannot-be-updated': 'The project cannot be updated.',
  'refusal.no-such-livelihood-project': 'There is no livelihood project {projectId}.',
  'hint.list-projects-get-api-projects': 'List projects with GET /api/projects.',
  'refusal.balances-cannot-be-shown': 'The balances cannot be shown.',
  'refusal.commons-resource-cannot-be-registered': 'The commons resource cannot be registered.',
  'refusal.rate-cannot-be-set': 'The rate cannot be set.',
  'refusal.stage-multipliers-cannot-be-set': 'The stage multipliers cannot be set.',
  'refusal.validation-rules-cannot-be-set': 'The validation rules cannot be set.',
  'refusal.duties-cannot-be-set': 'The duties cannot be set.',
  'refusal.casual-rule-cannot-be-set': 'The casual rule cannot be set.',
  'refusal.care-release-rule-cannot-be-set': 'The care release rule cannot be set.',
  'refusal.no-such-contribution': 'No contribution {contributionId}.',
  'hint.list-contributions-disco-log-list-get':
    'List contributions with `disco log --list` or GET /api/contributions.',
  'refusal.contribution-changed-meanwhile':
    'The contribution {contributionId} changed meanwhile (it is {status} now).',
  'hint.reload-try-again': 'Reload it and try again.',
  'refusal.witness-key-not-verifier': 'A witness key is not a cosignature/v1 verifier key.',
  'refusal.min-witnesses-above-keys':
    '--min-witnesses {minWitnesses} asks for more witnesses than the {keysCount} keys given.',
  'hint.checkpoints-are-signed-within-seconds-write':
    'Checkpoints are signed within seconds of a write; ask again later.',
  'refusal.only-ledger-node-signs-notes':
    'Only the node that holds the ledger key can sign its checkpoint notes.',
  'hint.ask-node-writes-ledger-get-api':
    'Ask the node that writes this ledger: GET /api/ledger/checkpoint.',
  'refusal.checkpoint-origin-unknown':
    'The checkpoint origin is not fixed yet and this node has no public URL to fix it from.',
  'hint.set-disco-public-url-address-members':
    'Set DISCO_PUBLIC_URL to the address members use (e.g. https://coop.example); the origin is then fixed for ever.',
  'refusal.log-key-not-verifier-key': 'The log key is not a verifier key.',
  'refusal.log-key-not-ed25519': 'The log key is not an Ed25519 note key (type 0x01).',
  'refusal.witness-key-changed': 'This witness already follows {keyName} under another key.',
  'hint.log-keeps-key-if-truly-changed':
    'A log keeps its key; if it truly changed, `disco witness untrust` it first (its history is then forgotten).',
  'refusal.witness-does-not-follow-origin': 'This witness does not follow {origin}.',
  'refusal.public-url-not-a-url': 'DISCO_PUBLIC_URL "{publicUrl}" is not a URL.',
  'hint.set-address-members-use-e-g':
    'Set it to the address members use, e.g. https://coop.example.',
  'refusal.public-url-not-http': 'DISCO_PUBLIC_URL is an http(s) URL.',
  'refusal.file-problem': '{file}: {message}',
  'hint.give-evidence-file-exactly-monitor-wrote':
    'Give the evidence file exactly as the monitor wrote it.',
  'refusal.disco-cannot-be-founded': 'The DisCO cannot be founded with these settings.',
  'hint.currency-time-zone-are-recorded-genesis':
    'The currency and time zone are recorded in the genesis and can never be changed.',
  'refusal.node-settings-are-not-valid': "The node's settings are not valid.",
  'hint.fix-flag-environment-variable-named-above':
    'Fix the flag or environment variable named above; docs/operations.md lists every setting.',
  'hint.use-deck-served-node-api-token': 'Use the Deck served by this node, or an API token.',
  'refusal.csrf-token-missing':
    "A write signed in by cookie must carry the session's CSRF token in the {CSRF_HEADER} header.",
  'hint.read-csrftoken-from-get-api-auth': 'Read csrfToken from GET /api/auth/session.',
  'refusal.csrf-token-not-this-session':
    'The {CSRF_HEADER} header does not belong to this session.',
  'hint.read-csrftoken-from-get-api-auth-2': 'Read csrfToken from GET /api/auth/session again.',
  'refusal.idempotency-key-malformed':
    'The {IDEMPOTENCY_HEADER} header must be 1 to 200 printable characters.',
  'hint.use-fresh-uuid-per-operation': 'Use a fresh UUID per operation.',
  'refusal.idempotency-key-reused':
    'This {IDEMPOTENCY_HEADER} was already used for a different request.',
  'hint.use-fresh-key-each-new-operation': 'Use a fresh key for each new operation.',
  'refusal.idempotent-request-still-running':
    'A request with this {IDEMPOTENCY_HEADER} is still running.',
  'hint.retry-moment': 'Retry in a moment.',
  'refusal.only-signed-in-member-signs': 'Only a signed-in member signs a write.',
  'refusal.draft-for-another-member': 'This draft was prepared for another member.',
  'refusal.commit-differs-from-prepare':
    'This request is not the one that was prepared: a commit repeats the same method, path, query and body.',
  'hint.send-exactly-prepared-request-prepare-one':
    'Send exactly the prepared request, or prepare this one.',
  'hint.prepare-again-sign-commit': 'Prepare it again, sign and commit.',
  'refusal.request-body-nested-too-deeply':
    "The request's body is nested too deeply (more than {MAX_JSON_DEPTH} levels of arrays and objects).",
  'hint.send-json-nested-most-max-json':
    'Send JSON nested at most {MAX_JSON_DEPTH} levels deep; no route needs more.',
  'refusal.request-body-not-valid': "The request's body is not valid.",
  'hint.send-well-formed-unicode-text-ud800':
    'Send well-formed Unicode text: a \\\\uD800-\\\\uDFFF escape only as half of a surrogate pair (UTF-8 text never has one).',
  'hint.send-seq-header-value-your-last':
    'Send the {SEQ_HEADER} value your last write answered with, or leave the header out.',
  'refusal.authorization-not-bearer-token':
    'The Authorization header must be `Bearer <api token>`.',
  'hint.create-token-post-api-tokens': 'Create a token with POST /api/tokens.',
  'refusal.node-has-not-signed-checkpoint': 'The node has not signed a checkpoint yet.',
  'hint.checkpoints-are-signed-ledger-grows-ask':
    'Checkpoints are signed as the ledger grows; ask again later.',
  'refusal.store-conflict': '{reason}',
  'refusal.membership-needs-other-decision':
    'This membership change needs another kind of decision.',
  'refusal.distribution-run-cannot-be-committed': 'The distribution run cannot be committed.',
  'refusal.leave-cannot-be-ended': 'The leave cannot be ended.',
  'refusal.leave-cannot-be-recorded': 'The leave cannot be recorded.',
  'refusal.dispute-cannot-be-resolved': 'The dispute cannot be resolved.',
  'refusal.cat-document-not-in-force': 'This CAT parameter document could not be put in force.',
  'refusal.cat-document-cannot-be-recorded': 'The CAT parameter document cannot be recorded.',
  'refusal.too-many-sign-ins-account':
    'Too many failed sign-ins for this account; try again after {retryAt}.',
  'refusal.too-many-sign-ins-address':
    'Too many failed sign-ins from this address; try again after {retryAt}.',
  'hint.wait-minutes': 'Wait {minutes} minute(s) before trying again.',
  'hint.repair-run-state':
    'Run `disco distribution repair-state {runId}`: it recomputes the state from event 1 and keeps it only if its hash is the one the run recorded.',
  'refusal.run-not-from-state':
    'Run {runId} ({period}) was folded from event 1, not from a recorded state.',
  'hint.verify-without-from-state': 'Verify it without --from-state.',
  'refusal.run-start-state-missing':
    'Run {runId} ({period}) says it started from the state of the run that read the ledger to #{fromSeq} ({previous}), but {path} holds no such run.',
  'hint.verify-from-event-1': 'Verify it from event 1, without --from-state.',
  'refusal.file-lacks-run-state':
    '{path} holds no run state for run {previousId} ({previousPeriod}), which run {runId} started from.',
  'hint.export-again-or-verify':
    'Export the ledger again from a node (exports carry the run states), or verify from event 1 without --from-state.',
  'hint.propose-governance-parameters':
    'Propose the new parameters: POST /api/proposals with change { "kind": "policy-amendment", "governanceParameters": {...} }.',
  'hint.not-canonical':
    'Send well-formed Unicode text (a \\uD800-\\uDFFF escape only as half of a surrogate pair), nested at most {depth} levels deep.',
  'hint.key-cannot-sign-own-revocation':
    'A key cannot sign its own revocation: sign with another of your keys, or send it unsigned.',
  'hint.register-key-first': 'Register the key first, or sign with a key you registered.',
  'hint.use-pg-dump':
    'Use pg_dump, then check the copy with disco ledger verify (docs/operations.md, "Backups").',
  'hint.use-pg-restore':
    'Use pg_restore into an empty database, then run disco ledger verify against it (docs/operations.md, "Backups").',
  'refusal.write-prepared': 'The write is prepared: sign its intents and commit it.',
  'refusal.contribution-replaced':
    'The contribution {contributionId} changed meanwhile: it was replaced.',
  'refusal.contribution-replaced-by':
    'The contribution {contributionId} changed meanwhile: it was replaced by {newer}.',
  'hint.reload-newest': 'Reload it and make your change to the newest version.',
  'hint.reload-newest-id': 'Reload it and make your change to the newest version ({newer}).',
  'refusal.no-checkpoint-yet': 'The node has not signed a checkpoint yet.',
  'refusal.no-checkpoint-at': 'There is no checkpoint at tree size {treeSize}.',
  'refusal.csrf-other-site': 'Writes from another site ({origin}) are refused.',
  'refusal.draft-stale':
    'This draft was prepared at {time}; a draft must be committed within {seconds} seconds.',
  'refusal.intent-header': '{header} must be `prepare` or `commit`.',
  'refusal.operator-does-not-prepare':
    "The operator's local CLI records writes in the node's name; it neither prepares nor commits.",
  'hint.send-without-header': 'Send the request without {header}.',
  'refusal.commit-needs-draft':
    'A commit carries the draft token the prepare answer gave, in {header}.',
  'hint.prepare-first': 'Send the write with `{header}: prepare` first.',
  'refusal.member-key-header': '{header} must name the registered key that signed.',
  'refusal.member-sig-header':
    '{header} must hold one signature per prepared intent, comma-separated, in order.',
  'refusal.draft-not-ours': '{header} is not a draft token signed by this node.',
  'hint.send-token-unchanged': 'Send the token from the prepare answer unchanged.',
  'refusal.min-seq-header': '{header} must be the seq of an event (a whole number), not "{value}".',
  // A proposal's status and outcome inside other messages.
  'proposal.status.open': 'open',
  'proposal.status.closed': 'closed',
  'proposal.status.withdrawn': 'withdrawn',
  'proposal.outcome.passed': 'passed',
  'proposal.outcome.failed': 'failed',
  'proposal.outcome.no-quorum': 'no quorum',
  'proposal.outcome.open': 'open',
  'proposal.outcome.winner': 'decided',
  'proposal.outcome.tie': 'tie',
  'proposal.outcome.non-binding': 'non-binding',
  'proposal.outcome.none': 'no outcome',
  // Why a file could not be read.
  'file.reason.not-found': 'there is no such file',
  'file.reason.no-permission': 'this node may not read it',
  'file.reason.is-directory': 'it is a folder, not a file',
  'file.reason.not-a-directory': 'a part of the path is not a folder',
  'file.reason.too-many-open': 'too many files are open on this node; try again',
  'file.reason.other': 'the system refused to read it',
  'job.failure.no-handler': 'no handler for jobs of kind {kind}',
  'job.failure.webhook-removed': 'the webhook was removed',
  'job.failure.no-answer-within': 'no answer within {ms} ms',
  'job.failure.receiver-unreachable': 'could not reach the receiver',
  'job.failure.receiver-answered': 'the receiver answered {status}',
  'job.failure.no-smtp-settings':
    'this server has no SMTP settings: configure mail on every server',
  'job.failure.smtp-refused': 'the mail server refused it ({status})',
  'job.failure.smtp-failed': 'the mail server could not be reached or failed',
  'job.failure.consistency-proof-incomplete': 'the consistency proof is incomplete',
  'job.failure.witness-answered': 'the witness answered {status}',
  'job.failure.witness-conflict-twice': 'the witness answered 409 twice in a row',
  'job.failure.witness-refused': 'the witness {witness} refused: {reason}',
  'job.failure.witness-holds-more':
    "the witness holds a cosigned checkpoint of {oldSize} events, more than this ledger's latest checkpoint ({size})",
  'job.failure.witness-status': 'it answered {status}',
  'job.failure.witness-no-cosignature':
    'the witness answered 200 without a valid cosignature by its key',
  'job.failure.inbox-answered': '{inbox} answered {status}',
  'job.failure.federation-not-configured': 'federation is not configured on this node',
  'job.failure.waiting-for-cosigned-checkpoint':
    "waiting for a checkpoint covering event {seq} cosigned by {peer}'s witness and by as many witnesses as it requires",
  'file.export.not-json': 'is not JSON',
  'file.export.no-header': 'has no {format} header',
  'file.export.header-without-size': 'is a header without a whole-number size',
  'file.export.header-without-ids': 'is a header without ledgerId and nodeKey',
  'file.export.bad-cosignatures': 'holds cosignatures without origin, treeSize and lines',
  'file.export.neither-checkpoint-nor-event': 'is neither a checkpoint nor an event',
  'file.export.empty': 'is missing (the file is empty)',
  'file.export.event-not-object': 'holds an event that is not an object',
  'file.export.bad-run-state': 'holds a run state without runId and state',
  'file.export.bad-run-state-chunk': 'holds a run state chunk without hash and chunk',
  'refusal.file-not-json': 'Cannot read {path} as JSON: {reason}.',
  'refusal.file-not-json-object': '{path} does not hold a JSON object.',
  'file.json.empty': 'the file is empty',
  'file.json.breaks-near':
    'it cannot be read near its character {at}; check its quotes, commas and brackets',
  'file.json.cannot-be-read': 'it cannot be read; check its quotes, commas and brackets',
  'hint.give-evidence-file-alarm-printed': 'Give the path of the evidence file the alarm printed.',
  'hint.see-distribution-doc-parameters':
    'See docs/distribution.md for an example parameter document.',
  // Why another DisCO could not be read.
  'peer.reason.not-a-url': '{url} is not a URL',
  'peer.reason.only-https': '{url} is refused: only https',
  'peer.reason.cannot-resolve': 'cannot resolve {host}',
  'peer.reason.private-address': 'refused {host}: it resolves to the private address {address}',
  'peer.reason.no-answer-in-time': '{origin} did not answer within {ms} ms',
  'peer.reason.unreachable': '{origin} could not be reached',
  'peer.reason.redirected-too-often': '{origin} redirected too often',
  'peer.reason.declared-too-large': '{origin} answered {bytes} bytes, more than the {max} read',
  'peer.reason.sent-too-much': '{origin} sent more than the {max} bytes read',
  'peer.reason.unfinished': '{origin} did not finish answering within {ms} ms',
  'peer.reason.broke-off': '{origin} broke off its answer',
  'peer.reason.answered-status': '{url} answered {status}',
  'peer.reason.not-json': '{url} answered something that is not JSON',
  'peer.reason.no-actor-in-webfinger': 'its WebFinger names no ActivityPub actor',
  'peer.reason.actor-lacks-inbox': 'its actor document lacks an id or an inbox',
  'peer.reason.actor-other-id': 'its actor document names another id',
  // Why a ledger does not verify.
  'ledger.fault.gap': 'an event is missing',
  'ledger.fault.size-mismatch': 'it holds another number of events than it says',
  'ledger.fault.bad-format': "an event is not in the ledger's format",
  'ledger.fault.broken-link': 'an event does not name the hash of the one before',
  'ledger.fault.hash-mismatch': "an event's hash does not match its content",
  'ledger.fault.bad-genesis': 'the first event is not a valid genesis',
  'ledger.fault.header-mismatch': "the file's header does not match its events",
  'ledger.fault.bad-payload': "an event's content does not fit its type",
  'ledger.fault.bad-signature': "the node's signature on an event does not verify",
  'ledger.fault.bad-member-key':
    "an event's member signature uses a key that does not speak for its actor: {reason}",
  'ledger.member-key.unregistered': 'no earlier event registers key {key}',
  'ledger.member-key.of-another-member':
    'key {key} belongs to member {owner}, but the actor is {actor}',
  'ledger.member-key.on-node-event':
    'key {key} belongs to member {owner}, but the node itself is the actor',
  'ledger.member-key.revoked': 'key {key} was revoked at event {seq}',
  'ledger.member-key.revokes-itself':
    'key {key} signs its own revocation, which takes effect from that very event',
  'ledger.fault.bad-member-signature': "a member's signature on an event does not verify",
  'ledger.fault.merkle-node-mismatch': 'a stored node of the Merkle tree does not match the events',
  'ledger.fault.chain-head-mismatch': "the chain's recorded head does not match its last event",
  'ledger.fault.checkpoint-mismatch': 'a checkpoint does not match the tree',
  'ledger.fault.bad-checkpoint-signature': "a checkpoint's signature does not verify",
};
