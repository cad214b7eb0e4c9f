import { findDealTriggers } from '/work/main/packages/extract/src/deals/find-deal-triggers.ts';
console.log(JSON.stringify(findDealTriggers(process.argv[2] as string, process.argv[3] ?? 'nl')));
