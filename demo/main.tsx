import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '../src/components/styles.css'
import './playground.css'
import { Playground } from './playground'

const root = document.getElementById('root')
if (!root) throw new Error('formtalk playground: #root is missing from index.html')

createRoot(root).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
)
